#pragma once
// A translation of one source document into one language, as read from a
// Markdown edition (charters/<doc>.<lang>.md), an XLIFF file
// (locales/<lang>/<doc>.xlf) or a PO file (locales/<lang>/<doc>.po):
// translated units keyed by the source's unit ids (see translation/unit.h).

#include <string>
#include <vector>

#include "base/source_location.h"
#include "model/inline.h"

namespace charterc {

enum class TranslationFormat { Markdown, Xliff, Po };

struct TranslatedUnit {
  std::string id;
  std::vector<Inline> inlines;
  std::string from;  // fingerprint of the source wording it was made from; empty when not recorded
  // The translator's tool says it still needs review: an XLIFF segment
  // marked initial although it has a target, a PO entry marked fuzzy (the
  // source changed at the last export, or nobody confirmed it).
  bool unconfirmed = false;
  // The source wording it was translated from, as one line of Markdown,
  // when the file records it (a PO msgid or #| msgid, an XLIFF source or
  // translation candidate); empty otherwise. Carried into the other format.
  std::string made_from;
  SourceLocation location;  // of the translated text
};

struct Translation {
  std::string document;  // the source document's name
  std::string lang;      // canonical BCP 47 tag
  std::string path;      // as shown in diagnostics
  TranslationFormat format = TranslationFormat::Markdown;
  std::vector<TranslatedUnit> units;  // in the translation's order
  // Further files of the same document and language merged into this one
  // (see translation/translation_merge.h); an error in any of them keeps
  // the edition from being published, as one in `path` does.
  std::vector<std::string> merged_paths;

  const TranslatedUnit* Find(const std::string& id) const {
    for (const TranslatedUnit& unit : units) {
      if (unit.id == id) return &unit;
    }
    return nullptr;
  }
};

}  // namespace charterc
