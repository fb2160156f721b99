#pragma once
// Reads a translator's PO file (locales/<lang>/<doc>.po, see po_writer.h)
// back into translated units: each msgstr parsed as Markdown, checked to
// keep the source's facts, links and code spans.

#include <optional>
#include <string>

#include "base/source_file.h"
#include "diag/diagnostic_sink.h"
#include "model/document.h"
#include "model/translation.h"

namespace charterc {

// Nothing (with E1007) when the file is not a PO file for `lang`;
// otherwise the entries that have a translation. A fuzzy entry is read as
// unconfirmed; an entry whose msgid is no longer the source's wording
// records the old wording's fingerprint, so both are stale. Problems in
// single entries are reported as they are found (E1003, E1005).
std::optional<Translation> ReadPo(const SourceFile& file, const Document& source, const std::string& lang,
                                  DiagnosticSink& sink);

}  // namespace charterc
