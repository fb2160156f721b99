#pragma once
// Reads a translator's XLIFF 2 file (locales/<lang>/<doc>.xlf) back into
// translated units, checking that it is XLIFF 2 for this document and
// language and that no protected code was lost or invented.

#include <optional>
#include <string>

#include "base/source_file.h"
#include "diag/diagnostic_sink.h"
#include "model/document.h"
#include "model/translation.h"

namespace charterc {

// Nothing (with E1004) when the file is not usable at all; otherwise the
// units that have a target, problems in single units reported as they are
// found (E1003, E1005).
std::optional<Translation> ReadXliff(const SourceFile& file, const Document& source, const std::string& lang,
                                     DiagnosticSink& sink);

}  // namespace charterc
