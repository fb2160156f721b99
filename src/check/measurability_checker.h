#pragma once
// The heart of charterc: is every commitment something an assessor could
// check? Each one's verdict (see model/target.h), read once by the analyse
// stage (analysis/analysis.h) from its text or its explicit target="...",
// becomes a diagnostic here. Vague promises are errors, incomplete ones too; yes/no
// promises, hedges and vague words next to a number are warnings. Every
// message says what is missing and shows a pattern to rewrite it with.

#include "analysis/analysis.h"
#include "diag/diagnostic_sink.h"
#include "model/project.h"
#include "model/target.h"

namespace charterc {

void CheckMeasurability(const Project& project, const Analysis& analysis, DiagnosticSink& sink);

}  // namespace charterc
