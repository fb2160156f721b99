#pragma once
// Which block of a source document each block of its Markdown edition
// translates, found by structure rather than by id: a document written
// without ids gets its commitments' ids from its own words or numbers (see
// model/implicit_commitments.h), and a translation's words differ. Blocks
// are paired in order, level by level (sections and their blocks, a list's
// items, a table's rows and cells); where the counts differ, the pairing
// that agrees on the most numbers wins, and each block left without a
// counterpart is reported with both positions, unless the edition simply
// stops before it (an unfinished translation: untranslated, not misplaced).

#include <map>
#include <vector>

#include "diag/diagnostic_sink.h"
#include "model/document.h"
#include "model/fact.h"

namespace charterc {

class ReadingCache;

using BlockPath = std::vector<size_t>;  // child indices from Document::blocks (as Unit::path)

// Edition block path -> source block path. A source block missing from the
// edition is E1021 and an edition block the source lacks is E1003, except
// blocks carrying a commitment id of their own, which are matched by that
// id (an untranslated marked commitment is shown in the source language).
// `cache`: the blocks' numbers from earlier builds (analysis/reading_cache.h).
std::map<BlockPath, BlockPath> AlignBlocks(const Document& source, const Document& edition, const FactTable& facts,
                                           DiagnosticSink& sink, ReadingCache* cache = nullptr);

}  // namespace charterc
