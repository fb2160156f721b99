#pragma once
// A translation written as Markdown (charters/<doc>.<lang>.md): the same
// document structure as the source, commitments and headings keeping their
// ids, other blocks matched by their place in their section.

#include "diag/diagnostic_sink.h"
#include "model/document.h"
#include "model/fact.h"
#include "model/translation.h"

namespace charterc {

class ReadingCache;

// `edition` is the parsed translation file; `source` has its implicit
// commitments already (their ids are the ones the edition's blocks take).
// Units the source does not have are reported (E1003) and left out, and so
// are source blocks the edition lacks (E1021).
// `cache`: readings from earlier builds (analysis/reading_cache.h); null
// computes everything.
Translation FromMarkdownEdition(const Document& edition, const Document& source, const FactTable& facts,
                                DiagnosticSink& sink, ReadingCache* cache = nullptr);

// "charter.cy.md" -> {"charter", "cy"} when "charter" is in `sources` and
// "cy" is a language tag; nothing otherwise.
struct EditionName {
  std::string document;
  std::string lang;
};
std::optional<EditionName> ParseEditionFileName(const std::string& file, const std::vector<std::string>& sources);

}  // namespace charterc
