#pragma once
// Diagnostics as SARIF 2.1.0, the format code-scanning dashboards read:
// one run, the whole code registry as rules, one result per diagnostic.

#include <ostream>
#include <vector>

#include "diag/diagnostic.h"

namespace charterc {

void PrintDiagnosticsSarif(const std::vector<Diagnostic>& diagnostics, std::ostream& out);

}  // namespace charterc
