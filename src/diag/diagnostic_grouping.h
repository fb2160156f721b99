#pragma once
// Folds repeated findings before they are printed: a line with 30,000
// dropped HTML tags is one finding "and 29999 more like this on this line",
// not 30,000 copies of the line.

#include <vector>

#include "diag/diagnostic.h"

namespace charterc {

// Findings of one code on one line of one file with the same message fold
// into the first, whose `more_on_line` counts them; past kDistinctPerLine
// different messages, the others fold into the last one kept. Findings
// without a line (line 0, the whole file) are kept as they are; so are
// findings with details (summaries) and baselined ones, which differ from
// their neighbours in what they say.
constexpr size_t kDistinctPerLine = 3;

std::vector<Diagnostic> GroupRepeatsOnLine(std::vector<Diagnostic> diagnostics);

// "message (and 3 more like this on this line)" for a folded finding.
std::string MessageWithRepeats(const Diagnostic& d);

}  // namespace charterc
