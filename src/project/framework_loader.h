#pragma once
// Reads criteria frameworks: the built-in ones (Customer Service Excellence,
// SERVQUAL) and a project's own in charters/frameworks/<id>.yaml, which
// replace a built-in one with the same id.

#include <optional>

#include "base/source_file.h"
#include "diag/diagnostic_sink.h"
#include "model/framework.h"

namespace charterc {

// One framework file:
//   id: cse
//   title: Customer Service Excellence
//   criteria:
//     - number: "1"
//       label: Customer insight
//       criteria: [...]          # nested criteria, any depth
//       unverified: true         # optional
// Problems are E0706; nothing is returned when the file cannot be used.
std::optional<Framework> ParseFramework(const SourceFile& source, DiagnosticSink& sink);

// The frameworks compiled into the binary, by id.
FrameworkTable BuiltInFrameworks();

}  // namespace charterc
