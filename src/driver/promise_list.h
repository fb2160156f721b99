#pragma once
// `charterc check --list`: every promise of every document with its
// verdict, the measure read and what is missing, as an aligned table a
// communications officer can read on the terminal or paste into a
// spreadsheet (columns are separated by two or more spaces).

#include <ostream>

#include "analysis/analysis.h"
#include "check/finding_index.h"
#include "model/project.h"

namespace charterc {

void PrintPromiseList(const Project& project, const Analysis& analysis, const FindingIndex& findings,
                      std::ostream& out);

}  // namespace charterc
