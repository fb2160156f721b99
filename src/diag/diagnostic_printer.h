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
// A baselined finding reads "warning[W0905] (baselined): ...".
// `color`: with clang's ANSI colours for a terminal (the location and message
// bold, error red, warning yellow, note cyan, caret and hint green); the
// caller decides (--color, NO_COLOR, whether stderr is a terminal).
// Bounded whatever the input (docs/diagnostics.md, "Long and repeated
// findings"): the source line is cut to `columns` (the terminal's width;
// kDefaultColumns when 0, as when piped) around the caret; findings of one
// code on one line print once, "(and N more like this on this line)"; at
// most kMaxPrintedPerCode of each code print, then one note counts the rest.
void PrintDiagnosticsText(const std::vector<Diagnostic>& diagnostics, const SourceLookup& lookup,
                          std::ostream& out, bool color = false, int columns = 0);

constexpr int kDefaultColumns = 80;
constexpr int kMaxPrintedPerCode = 100;

// {"diagnostics": [{"code", "name", "severity", "file", "line", "column", "message", "hint",
//                   "baselined"}...],
//  "errors": N, "warnings": N, "baselined": N}; errors and warnings count
// only findings that are not baselined; a summary finding adds its
// "details" list; findings of one code on one line are one entry whose
// "more_on_line" counts the others (the counts include them).
void PrintDiagnosticsJson(const std::vector<Diagnostic>& diagnostics, std::ostream& out);

// "2 errors, 1 warning" style summary line; with baselined findings
// "2 errors, 1 warning (14 baselined)".
std::string SummaryLine(int errors, int warnings, int baselined = 0);

}  // namespace charterc
