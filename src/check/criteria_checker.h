#pragma once
// The framework rules: every criterion ref names a framework and a criterion
// that exist (a plausible but unlisted number is a warning, an impossible one
// an error); every commitment cites its document's framework; every waiver
// names a known criterion. Coverage of a framework as a whole is
// check/coverage_checker.h.

#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

void CheckCriteria(const Project& project, DiagnosticSink& sink);

}  // namespace charterc
