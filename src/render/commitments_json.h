#pragma once
// out/commitments.json: every published commitment as data for web teams
// and dashboards (schema: docs/commitments.schema.json). Assessor-only
// attributes (evidence, internal) never appear in it.

#include <functional>
#include <string>

#include "analysis/analysis.h"
#include "model/project.h"

namespace charterc {

// `published` says whether a document is being written (no errors).
std::string CommitmentsJson(const Project& project, const Analysis& analysis,
                            const std::function<bool(const Document&)>& published);

}  // namespace charterc
