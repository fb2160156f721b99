#pragma once
// Checks that every {{ fact }} used in a document is defined in
// charters/facts.yaml.

#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

void CheckFacts(const Project& project, DiagnosticSink& sink);

}  // namespace charterc
