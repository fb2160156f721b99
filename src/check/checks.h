#pragma once
// The check stage: every rule family run over the loaded project.

#include <string>

#include "analysis/analysis.h"
#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

// `today` (YYYY-MM-DD) is the day review dates are checked against.
void RunChecks(const Project& project, const Analysis& analysis, const std::string& today, DiagnosticSink& sink);

}  // namespace charterc
