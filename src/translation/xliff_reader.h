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

struct XliffReadOptions {
  // The least segment state that publishes a target: "translated" (also
  // reviewed and final) or "reviewed" (reviewed and final only). A target
  // below it counts as not confirmed; "initial" never publishes.
  std::string min_state = "translated";
};

// Nothing (with E1004) when the file is not usable at all; otherwise the
// units that have a target, problems in single units reported as they are
// found (E1003, E1005). A unit without a target whose previous
// translation charterc kept as a translation candidate (mtc:match
// subType="cc:previous") comes back unconfirmed, so it is not published but
// is carried into the other format.
std::optional<Translation> ReadXliff(const SourceFile& file, const Document& source, const std::string& lang,
                                     DiagnosticSink& sink, const XliffReadOptions& options = {});

}  // namespace charterc
