#pragma once
// out/<lang>/traceability.html: for each framework the language's documents
// claim, every criterion against the commitments that meet it, linked both
// ways; criteria no commitment covers are highlighted, with the waiver's
// reason when there is one. The assessor's view, in public.

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
// empty `html` when no document claims a framework.
bool RenderTraceabilityPage(const Project& project, const std::string& lang,
                            const std::vector<const Document*>& documents, const UiStrings& strings,
                            const Theme& theme, Audience audience, std::string* html, std::string* error);

}  // namespace charterc
