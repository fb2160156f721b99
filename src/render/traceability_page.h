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

// `documents`: the published documents of `lang`. False (with `error`) when
// the template is broken; an empty `html` when no document claims a framework.
bool RenderTraceabilityPage(const Project& project, const std::string& lang,
                            const std::vector<const Document*>& documents, const UiStrings& strings,
                            const Theme& theme, std::string* html, std::string* error);

}  // namespace charterc
