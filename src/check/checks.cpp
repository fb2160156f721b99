#include "check/checks.h"

#include "check/fact_checker.h"
#include "check/ref_checker.h"

namespace charterc {

void RunChecks(const Project& project, DiagnosticSink& sink) {
  CheckRefs(project, sink);
  CheckFacts(project, sink);
}

}  // namespace charterc
