#pragma once
// Writes the XLIFF 2.1 file a translator works in: locales/<lang>/<doc>.xlf,
// one <unit> per translatable unit (ids from translation/unit.h), the
// source fingerprint in cc:from, notes giving each unit's context, and
// facts, links and code spans as protected inline codes.

#include <string>

#include "model/document.h"

namespace charterc {

inline constexpr const char* kXliffNamespace = "urn:oasis:names:tc:xliff:document:2.0";
inline constexpr const char* kCharterNamespace = "urn:charterc:xliff:1";

// The XLIFF for `doc` into `lang`. `existing` is the file's current text
// (empty for a new file): targets already there are kept; a unit whose
// source wording changed keeps its old target as a starting point but goes
// back to state="initial" until the translator confirms it again.
// `units_compared`: whether the notes may promise that units are checked
// (see TranslatorNotes).
std::string WriteXliff(const Document& doc, const std::string& source_lang, const std::string& lang,
                       const std::string& existing, bool units_compared = true);

}  // namespace charterc
