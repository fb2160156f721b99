#pragma once
// Numbers must not drift. A literal quantity in a commitment ("prescribed
// reading is lent for 10 days") that speaks of a fact's subject (its label
// in facts.yaml, "Prescribed reading loan") in the fact's unit must agree
// with the fact: a different value is an error naming both places, the same
// value a warning to write {{ name }} so it cannot drift later.

#include "analysis/analysis.h"
#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

void CheckConsistency(const Project& project, const Analysis& analysis, DiagnosticSink& sink);

}  // namespace charterc
