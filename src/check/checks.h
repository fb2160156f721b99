#pragma once
// The check stage: every rule family run over the loaded project.

#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

void RunChecks(const Project& project, DiagnosticSink& sink);

}  // namespace charterc
