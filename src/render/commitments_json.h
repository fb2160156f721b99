#pragma once
// out/commitments.json: every commitment of every document, published or
// not, with its verdict, what it lacks and its findings, as data for web
// teams and dashboards (schema: docs/commitments.schema.json). Each
// document says whether this build published it. Assessor-only attributes
// (evidence, internal) never appear in it.

#include <functional>
#include <string>

#include "analysis/analysis.h"
#include "check/finding_index.h"
#include "model/project.h"
#include "output/publication.h"

namespace charterc {

// `publication` says whether a document is written by this build.
std::string CommitmentsJson(const Project& project, const Analysis& analysis, const FindingIndex& findings,
                            const std::function<Publication(const Document&)>& publication);

}  // namespace charterc
