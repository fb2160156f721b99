#pragma once
// The diagnostics of one page, from one build: what the overlay shows (as
// JSON) and the page served for a document that was not written. Pure.

#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "serve/build_result.h"
#include "serve/page_sources.h"

namespace charterc {

struct PageReport {
  std::string page;
  int build = 0;
  PageSources sources;  // its paths relative to the project, as shown
  std::vector<Diagnostic> diagnostics = {};  // in the page's files, paths relative to the project
  bool withheld = false;   // an integrity error in its own files: out/ holds no new version
  int errors_elsewhere = 0;  // in the rest of the project (config, facts, other documents)
  int warnings_elsewhere = 0;
};

// For a project page (index, traceability) every diagnostic is the page's.
PageReport ReportForPage(const BuildResult& build, std::string_view page);

// {"page", "build", "kind": "document"|"project"|"other", "document",
//  "files": [...], "withheld": bool,
//  "diagnostics": [{"code", "severity", "file", "line", "column", "message", "hint"}],
//  "elsewhere": {"errors", "warnings"}}
std::string PageReportJson(const PageReport& report);

// Whether a page of a document that was never written should be explained
// (its files have diagnostics) rather than answered with 404.
bool ExplainsMissingPage(const PageReport& report);

}  // namespace charterc
