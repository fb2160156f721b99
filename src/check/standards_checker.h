#pragma once
// A standard (a commitment in a `standards` document) exists to measure a
// promise made elsewhere; one that no other document cites measures nothing
// the public was promised, or its promise forgot to point at it. Only a
// project with a charter or a statement (documents that make promises) is
// asked this: a library publishing its standards alone has nowhere to cite
// them from.

#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

void CheckStandardsCited(const Project& project, DiagnosticSink& sink);

}  // namespace charterc
