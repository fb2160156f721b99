#pragma once
// Published results must not contradict themselves: in a results table
// (columns for the target, the result achieved and a met/not-met status), a
// row whose status disagrees with its own numbers is an error. Percentages
// and counts are met from the target up; times are met from the target down.

#include "diag/diagnostic_sink.h"
#include "model/project.h"
#include "results/results_book.h"

namespace charterc {

void CheckPublishedResults(const Project& project, DiagnosticSink& sink);

// The rows of results files (data/*.csv) the analyse stage could not use:
// an unknown id, a period unreadable or out of order, a value that is not
// a number of the standard's kind, a duplicate (E1102-E1106), one each.
void CheckResultsData(const ResultsBook& results, DiagnosticSink& sink);

}  // namespace charterc
