#include "check/checks.h"

#include "check/consistency_checker.h"
#include "check/coverage_checker.h"
#include "check/criteria_checker.h"
#include "check/fact_checker.h"
#include "check/lifecycle_checker.h"
#include "check/measurability_checker.h"
#include "check/readability_checker.h"
#include "check/ref_checker.h"
#include "check/ref_cycles.h"
#include "check/results_checker.h"
#include "check/standards_checker.h"
#include "check/translation_checker.h"
#include "i18n/dates.h"

namespace charterc {

void RunChecks(const Project& project, const Analysis& analysis, const std::string& today, DiagnosticSink& sink) {
  CheckRefs(project, sink);
  CheckRefCycles(project, sink);
  CheckCriteria(project, sink);
  CheckCoverage(project, analysis, sink);
  CheckStandardsCited(project, sink);
  CheckFacts(project, sink);
  CheckMeasurability(project, analysis, sink);
  CheckReadability(project, analysis, sink);
  CheckConsistency(project, analysis, sink);
  CheckPublishedResults(project, sink);
  CheckResultsData(analysis.results, sink);
  CheckLifecycle(project, today, sink);
  CheckTranslations(project, analysis, sink);
}

}  // namespace charterc
