#include "driver/translation_report.h"

#include <cstdio>

#include "base/file_system.h"
#include "translation/edition_builder.h"

namespace charterc {

namespace {

std::string Percent(double share) {
  char text[16];
  std::snprintf(text, sizeof text, "%.1f%%", share * 100.0);
  return text;
}

}  // namespace

void PrintTranslationCoverage(const Project& project, const Analysis& analysis, std::ostream& out) {
  for (const Coverage& coverage : MeasureCoverage(project, analysis)) {
    const EditionStatus& status = coverage.status;
    out << "translations: " << coverage.lang << " " << Percent(coverage.Share()) << " translated (" << status.translated
        << " of " << status.units << " units; " << status.stale << " stale, " << status.missing << " missing)\n";
  }
}

void CheckMinTranslated(const Project& project, const Analysis& analysis, double min_percent, DiagnosticSink& sink) {
  if (min_percent <= 0) return;
  for (const Coverage& coverage : MeasureCoverage(project, analysis)) {
    if (coverage.Share() * 100.0 + 1e-9 >= min_percent) continue;
    // The language's folder stands for the language: the gate fails the
    // run without keeping any one page from being written.
    sink.Report(DiagCode::E1006, SourceLocation{JoinPath(project.root, "locales/" + coverage.lang), 0, 0, 0},
                coverage.lang + " is " + Percent(coverage.Share()) + " translated, below --min-translated " +
                    Percent(min_percent / 100.0),
                "translate the missing and stale units (charterc check lists the stale ones), or lower the gate");
  }
}

}  // namespace charterc
