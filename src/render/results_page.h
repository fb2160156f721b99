#pragma once
// out/<lang>/how-we-did.html: how the organisation did against each of its
// standards, in one language. For every standard (grouped by document):
// its target, then per kind of period (months, quarters, years) the latest
// result with met or missed as computed from the figures, how many periods
// met the target, the trend, a chart (render/results_chart.h) and a data
// table of every period beside it. A standard with no result, or none for
// the latest period any standard reports, says "not yet reported".
// A standard's words come from the language's edition of its document;
// from the source (marked with its language) where there is none.

#include <string>
#include <vector>

#include "i18n/ui_strings.h"
#include "model/project.h"
#include "render/theme.h"
#include "results/results_book.h"

namespace charterc {

// Whether the project has anything to show: a standard with a target or a result.
bool HasResultsPage(const ResultsBook& book);

// `documents`: the documents published in `lang`; `source_strings`: the
// project's source language's, for the facts of a standard shown in it.
// False (with `error`) when the template is broken.
bool RenderResultsPage(const Project& project, const ResultsBook& book, const std::string& lang,
                       const std::vector<const Document*>& documents, const UiStrings& strings,
                       const UiStrings& source_strings, const Theme& theme, std::string* html, std::string* error);

}  // namespace charterc
