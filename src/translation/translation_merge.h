#pragma once
// One translation per document and language, whatever files it comes in: a
// Markdown edition, an XLIFF file and a PO file of the same document and
// language are merged unit by unit. A unit translated in only one file is
// taken from it; a unit translated in several must say the same thing in
// each (the same text, compared as Markdown); where the texts differ
// neither is chosen: the caller reports the conflict and the edition is
// not published, so no translator's work is silently dropped.

#include <string>
#include <vector>

#include "model/translation.h"

namespace charterc {

struct TranslationConflict {
  std::string id;
  SourceLocation first;   // the unit in the translation merged into
  SourceLocation second;  // the unit in the file being merged
};

// Merges `other` into `into` (same document and language): units only
// `other` has are added; of two agreeing units, the confirmed one is kept.
// Conflicting units stay as `into` has them and are returned, in `other`'s
// order. `other.path` joins `into.merged_paths`.
std::vector<TranslationConflict> MergeTranslation(Translation* into, const Translation& other);

}  // namespace charterc
