#pragma once
// Checks that every {{ fact }} used in a document (title, summary, body)
// or in a translation is defined in charters/facts.yaml (E0501).

#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

void CheckFacts(const Project& project, DiagnosticSink& sink);

}  // namespace charterc
