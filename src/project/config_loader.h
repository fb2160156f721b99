#pragma once
// Reads the optional charterc.yaml at the project root.

#include "base/source_file.h"
#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

// Keys: title, source-lang, base-url, paper, max-sentence-words, framework,
// waivers, severity, languages, min-translated, numbers. Unknown keys are warnings.
ProjectConfig LoadConfig(const SourceFile& source, DiagnosticSink& sink);

}  // namespace charterc
