#pragma once
// Writes the PO file a translator works in when their tools are built
// around gettext PO (Weblate, translate-toolkit, Poedit): locales/<lang>/<doc>.po,
// one entry per translatable unit with the unit id as msgctxt, the source
// as one line of Markdown in msgid, the translator notes as extracted
// comments (#.) and the source line as a reference (#:).

#include <string>

#include "model/document.h"
#include "model/translation.h"

namespace charterc {

// The PO file for `doc` into `lang`. `existing` is the file's current text
// (empty for a new file; it must be readable, see ReadPoText): translations
// already there are kept; one whose source changed keeps its text but is
// marked fuzzy with the wording it was made from as the previous msgid
// (#|), as msgmerge does; one whose unit is gone becomes obsolete (#~).
// `carried`, when given, is the language's translation as the project reads
// it (from an XLIFF file or a Markdown edition too): an entry the file does
// not translate yet takes its translation from there, fuzzy when it is not
// confirmed or was made from other wording (then with that wording as #|).
// `units_compared`: as for WriteXliff.
std::string WritePo(const Document& doc, const std::string& lang, const std::string& existing,
                    const Translation* carried = nullptr, bool units_compared = true);

}  // namespace charterc
