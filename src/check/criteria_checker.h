#pragma once
// The framework rules: every criterion ref names a framework and a criterion
// that exist (a plausible but unlisted number is a warning, an impossible one
// an error); every commitment cites its document's framework; and every
// criterion of a framework in use is covered by a commitment or waived in
// charterc.yaml with a reason.

#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

void CheckCriteria(const Project& project, DiagnosticSink& sink);

}  // namespace charterc
