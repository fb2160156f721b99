#include "check/fact_checker.h"

#include "base/suggest.h"
#include "model/visit.h"

namespace charterc {

namespace {

class UndefinedFacts {
 public:
  UndefinedFacts(const Project& project, DiagnosticSink& sink) : project_(project), sink_(sink) {
    for (const auto& [name, unused] : project.facts) names_.push_back(name);
  }

  // `unit_location`: where a translated unit is, for a fact whose own
  // place is not known (an XLIFF protected code).
  void Check(const Inline& node, const SourceLocation* unit_location = nullptr) {
    if (node.kind != InlineKind::Fact || project_.facts.count(node.text) > 0) return;
    std::string hint = DidYouMean(node.text, names_);
    const SourceLocation& at = node.location.file.empty() && unit_location ? *unit_location : node.location;
    sink_.Report(DiagCode::E0501, at, "fact '" + node.text + "' is not defined",
                 hint.empty() ? "define it in charters/facts.yaml, e.g. " + node.text + ": {value: 14, unit: day}"
                              : hint);
  }

  void CheckAll(const std::vector<Inline>& inlines, const SourceLocation& unit_location) {
    for (const Inline& node : inlines) {
      Check(node, &unit_location);
      CheckAll(node.children, unit_location);
    }
  }

 private:
  const Project& project_;
  DiagnosticSink& sink_;
  std::vector<std::string> names_;
};

}  // namespace

void CheckFacts(const Project& project, DiagnosticSink& sink) {
  UndefinedFacts facts(project, sink);
  for (const Document& doc : project.documents) {
    ForEachInline(doc, [&](const Inline& node) { facts.Check(node); });
  }
  // A translation's own words (its title and summary as much as its body)
  // show its facts on its pages, whatever its source uses.
  for (const Translation& translation : project.translations) {
    for (const TranslatedUnit& unit : translation.units) facts.CheckAll(unit.inlines, unit.location);
  }
}

}  // namespace charterc
