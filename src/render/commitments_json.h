#pragma once
// out/commitments.json: every commitment of every document, published or
// not, in every language it is published in, with its verdict, what it
// lacks and its findings, as data for web teams and dashboards (schema:
// docs/schemas/commitments.schema.json). Texts as the pages show them
// (render/published_commitments.h). Each document says whether this build
// published it. Assessor-only attributes (evidence, internal) never appear.

#include <functional>
#include <list>
#include <string>

#include "analysis/analysis.h"
#include "check/finding_index.h"
#include "model/project.h"
#include "output/publication.h"
#include "render/published_commitments.h"

namespace charterc {

// `publication` says whether a document is written by this build;
// `editions`: the published editions in other languages (the localise
// stage's); `strings`: each language's strings, to format facts.
std::string CommitmentsJson(const Project& project, const Analysis& analysis, const FindingIndex& findings,
                            const std::function<Publication(const Document&)>& publication,
                            const std::list<Document>& editions, const LanguageStrings& strings);

}  // namespace charterc
