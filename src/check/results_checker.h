#pragma once
// Published results must not contradict themselves: in a results table
// (columns for the target, the result achieved and a met/not-met status), a
// row whose status disagrees with its own numbers is an error. Percentages
// and counts are met from the target up; times are met from the target down.

#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

void CheckPublishedResults(const Project& project, DiagnosticSink& sink);

}  // namespace charterc
