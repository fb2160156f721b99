#pragma once
// out/report/index.html: the internal promise report (build --format
// report). For the communications team, never for the public: it is not
// linked from any public page and asks search engines not to index it.
// Per document the promises counted by verdict, each promise with its
// verdict, the measure read, what is missing and its findings; each
// framework's coverage with every element no promise covers (the public
// traceability page lists only what is met); and the overall score
// ("41 of 76 promises measurable"). It is written in English, the language
// of charterc's diagnostics, which it quotes; each document's own words
// keep their language.

#include <functional>
#include <string>

#include "analysis/analysis.h"
#include "check/finding_index.h"
#include "i18n/ui_strings.h"
#include "model/project.h"
#include "output/publication.h"
#include "render/theme.h"

namespace charterc {

// A language's UI strings: English for the report's own words, each
// document's language for its facts.
using StringsFor = std::function<const UiStrings&(const std::string& lang)>;

// False (with `error`) when the theme's template is broken.
bool RenderReportPage(const Project& project, const Analysis& analysis, const FindingIndex& findings,
                      const std::function<Publication(const Document&)>& publication, const StringsFor& strings_for,
                      const Theme& theme, std::string* html, std::string* error);

}  // namespace charterc
