#pragma once
// Turns diagnostics into what a user reads: compiler-style text with the
// source line and a caret, or JSON for tools.

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "base/source_file.h"
#include "diag/diagnostic.h"

namespace charterc {

// Finds the source of a file named in a location; null when unknown.
using SourceLookup = std::function<const SourceFile*(const std::string& path)>;

// file:line:col: error[E0301]: message
//   14 | source line
//      |   ^~~~~
//   hint: ...
void PrintDiagnosticsText(const std::vector<Diagnostic>& diagnostics, const SourceLookup& lookup,
                          std::ostream& out);

// {"diagnostics": [{"code", "severity", "file", "line", "column", "message", "hint"}...],
//  "errors": N, "warnings": N}; a summary finding adds its "details" list.
void PrintDiagnosticsJson(const std::vector<Diagnostic>& diagnostics, std::ostream& out);

// "2 errors, 1 warning" style summary line.
std::string SummaryLine(int errors, int warnings);

}  // namespace charterc
