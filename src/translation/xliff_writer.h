#pragma once
// Writes the XLIFF 2.1 file a translator works in: locales/<lang>/<doc>.xlf,
// one <unit> per translatable unit (ids from translation/unit.h), the
// source fingerprint in cc:from, notes giving each unit's context, and
// facts, links and code spans as protected inline codes.

#include <string>

#include "model/document.h"
#include "model/translation.h"

namespace charterc {

inline constexpr const char* kXliffNamespace = "urn:oasis:names:tc:xliff:document:2.0";
inline constexpr const char* kCharterNamespace = "urn:charterc:xliff:1";

// The XLIFF for `doc` into `lang`. `existing` is the file's current text
// (empty for a new file): targets already there are kept with their state;
// a unit whose source wording changed goes back to state="initial" without
// a target, its old source and target kept as a translation candidate (see
// xliff_matches.h). `carried`, when given, is the language's translation
// as the project reads it (from a PO file or a Markdown edition too): a
// unit the file does not translate yet takes its translation from there,
// unconfirmed ones with state="initial".
// `units_compared`: whether the notes may promise that units are checked
// (see TranslatorNotes).
std::string WriteXliff(const Document& doc, const std::string& source_lang, const std::string& lang,
                       const std::string& existing, const Translation* carried = nullptr,
                       bool units_compared = true);

}  // namespace charterc
