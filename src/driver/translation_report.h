#pragma once
// How translated each language is, for `check` and `build`: one line per
// language on the terminal, and the --min-translated gate.

#include <ostream>

#include "analysis/analysis.h"
#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

// "translations: cy 92.3% translated (48 of 52 units; 2 stale, 2 missing)"
void PrintTranslationCoverage(const Project& project, const Analysis& analysis, std::ostream& out);

// E1006 for each language below `min_percent` (0 turns the gate off).
void CheckMinTranslated(const Project& project, const Analysis& analysis, double min_percent, DiagnosticSink& sink);

}  // namespace charterc
