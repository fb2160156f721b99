#pragma once
// Framework coverage as one finding per framework the project claims
// (W0408): how many of its elements the commitments cover, how many are
// waived and how many are neither, at the line that claims the framework,
// naming the first few uncovered elements. The full lists are the
// analysis's (analysis/framework_coverage.h), for the evidence pack and
// the machine-readable outputs.

#include "analysis/analysis.h"
#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

void CheckCoverage(const Project& project, const Analysis& analysis, DiagnosticSink& sink);

}  // namespace charterc
