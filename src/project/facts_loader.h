#pragma once
// Reads charters/facts.yaml: a flat map of fact name to {value, unit, ...}.
//   loan.standard: {value: 14, unit: day, label: "Standard loan period"}

#include "base/source_file.h"
#include "diag/diagnostic_sink.h"
#include "model/fact.h"

namespace charterc {

FactTable LoadFacts(const SourceFile& source, DiagnosticSink& sink);

}  // namespace charterc
