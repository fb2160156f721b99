#pragma once
// Checks every translation against its source: a unit that states another
// number, unit, fact, link or contact is an error at the translated line
// (E1001), one made from older source wording is stale (W1002).

#include "analysis/analysis.h"
#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

void CheckTranslations(const Project& project, const Analysis& analysis, DiagnosticSink& sink);

}  // namespace charterc
