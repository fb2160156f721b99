#pragma once
// Writes the PO file a translator works in when their tools are built
// around gettext PO (Weblate, translate-toolkit, Poedit): locales/<lang>/<doc>.po,
// one entry per translatable unit with the unit id as msgctxt, the source
// as one line of Markdown in msgid, the translator notes as extracted
// comments (#.) and the source line as a reference (#:).

#include <string>

#include "model/document.h"

namespace charterc {

// The PO file for `doc` into `lang`. `existing` is the file's current text
// (empty for a new file; it must be readable, see ReadPoText): translations
// already there are kept; one whose source changed keeps its text but is
// marked fuzzy with the wording it was made from as the previous msgid
// (#|), as msgmerge does; one whose unit is gone becomes obsolete (#~).
// `units_compared`: as for WriteXliff.
std::string WritePo(const Document& doc, const std::string& lang, const std::string& existing,
                    bool units_compared = true);

}  // namespace charterc
