#pragma once
// What one build of `charterc serve` leaves for the server threads to read:
// an immutable value, swapped whole after each build (build_feed.h), so a
// request never sees half of one build and half of the next.

#include <set>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "serve/page_sources.h"

namespace charterc {

struct BuildResult {
  int number = 0;  // 1 for the first build of this server, then counting up
  PageIndex pages;
  // Sorted, baselined findings left out: the team accepted them.
  std::vector<Diagnostic> diagnostics;
  // Files with integrity errors: their documents' pages were not written.
  std::set<std::string> files_with_errors;
  int errors = 0;
  int warnings = 0;
  std::vector<std::string> changed;  // project-relative paths whose change started it
};

}  // namespace charterc
