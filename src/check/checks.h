#pragma once
// The check stage: every rule family run over the loaded project.

#include "analysis/analysis.h"
#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

void RunChecks(const Project& project, const Analysis& analysis, DiagnosticSink& sink);

}  // namespace charterc
