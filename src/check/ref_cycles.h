#pragma once
// Refs point from a promise to what backs it (charter -> standards ->
// criteria). A circle (a -> b -> a) means neither side backs the other; it is
// reported once, with the whole path, at the ref that closes it.

#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

void CheckRefCycles(const Project& project, DiagnosticSink& sink);

}  // namespace charterc
