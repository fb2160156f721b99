#pragma once
// Checks that every ref (refs="doc#id #id") and every Markdown link to
// another charter document (standards.md#id) points at something that
// exists, suggesting the nearest name when it does not.

#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

void CheckRefs(const Project& project, DiagnosticSink& sink);

}  // namespace charterc
