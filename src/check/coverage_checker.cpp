#include "check/coverage_checker.h"

#include <algorithm>

namespace charterc {

namespace {

// Enough to start from without repeating the whole list in the terminal.
constexpr size_t kNamedUncovered = 3;

std::string Count(size_t n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

// "cse:1.1.1 (Know current and potential customer groups...)".
std::string Named(const std::string& framework, const Criterion& criterion) {
  std::string ref = framework + ":" + criterion.number;
  return criterion.label.empty() ? ref : ref + " (" + criterion.label + ")";
}

// "first uncovered: a, b, c" (or "uncovered: a, b" when that is all).
std::string FirstUncovered(const FrameworkCoverage& coverage) {
  const size_t shown = std::min(coverage.uncovered.size(), kNamedUncovered);
  std::string text = shown < coverage.uncovered.size() ? "first uncovered: " : "uncovered: ";
  for (size_t i = 0; i < shown; ++i) {
    text += (i == 0 ? "" : ", ") + Named(coverage.framework, coverage.uncovered[i]);
  }
  return text;
}

std::string Summary(const Framework& framework, const FrameworkCoverage& coverage) {
  return framework.title + ": " + std::to_string(coverage.covered.size()) + " of " +
         Count(coverage.Elements(), "element") + " covered by a commitment, " +
         std::to_string(coverage.uncovered.size()) + " uncovered, " + std::to_string(coverage.waived.size()) +
         " waived; " + FirstUncovered(coverage);
}

std::string Hint(const FrameworkCoverage& coverage) {
  std::string ref = coverage.framework + ":" + coverage.uncovered.front().number;
  return "cite each element in the refs of the commitment that meets it, or waive it in charterc.yaml: waivers: {" +
         ref + ": \"why it does not apply\"}; the report (build --format report) lists every uncovered one";
}

}  // namespace

void CheckCoverage(const Project& project, const Analysis& analysis, DiagnosticSink& sink) {
  for (const FrameworkCoverage& coverage : analysis.coverage) {
    if (coverage.uncovered.empty()) continue;
    const Framework& framework = project.frameworks.at(coverage.framework);
    std::vector<std::string> uncovered;
    for (const Criterion& element : coverage.uncovered) uncovered.push_back(coverage.framework + ":" + element.number);
    sink.Report(DiagCode::W0408, coverage.claimed_at, Summary(framework, coverage), Hint(coverage),
                std::move(uncovered));
  }
}

}  // namespace charterc
