#pragma once
// out/<lang>/traceability.html: for each framework the language's documents
// claim, the criteria its commitments meet, linked both ways, and those the
// project waived, with the reason. Elements neither met nor waived appear
// only in the assessors' evidence pack (out/evidence/), highlighted: a
// public page lists what the library does, not the standard's every clause.
// Criterion labels and framework titles are in the framework's language,
// marked with lang="..." on a page in another.

#include <string>
#include <vector>

#include "i18n/ui_strings.h"
#include "model/project.h"
#include "render/theme.h"

namespace charterc {

// Who the page is for. The assessor's evidence pack (out/evidence/) adds
// each commitment's evidence and internal notes, which never appear in any
// public output, and asks search engines not to index it.
enum class Audience { Public, Assessor };

// `documents`: the published documents of `lang` (for the evidence pack:
// of every language). False (with `error`) when the template is broken; an
// empty `html` when there is nothing to show: no document claims a
// framework, or (in public) none of its elements is met or waived.
// Whether RenderTraceabilityPage would have something to show.
bool HasTraceabilityPage(const Project& project, const std::vector<const Document*>& documents, Audience audience);

bool RenderTraceabilityPage(const Project& project, const std::string& lang,
                            const std::vector<const Document*>& documents, const UiStrings& strings,
                            const Theme& theme, Audience audience, std::string* html, std::string* error);

}  // namespace charterc
