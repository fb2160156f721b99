#pragma once
// Diagnostics as SARIF 2.1.0, the format code-scanning dashboards read:
// one run, the whole code registry as rules, one result per diagnostic.

#include <ostream>
#include <vector>

#include "diag/diagnostic.h"

namespace charterc {

// `compared_to_baseline`: the run was compared with charterc-baseline.json,
// so each result says whether it is new or unchanged (baselineState).
void PrintDiagnosticsSarif(const std::vector<Diagnostic>& diagnostics, bool compared_to_baseline, std::ostream& out);

}  // namespace charterc
