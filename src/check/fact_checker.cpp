#include "check/fact_checker.h"

#include "base/suggest.h"
#include "model/visit.h"

namespace charterc {

void CheckFacts(const Project& project, DiagnosticSink& sink) {
  std::vector<std::string> names;
  for (const auto& [name, unused] : project.facts) names.push_back(name);
  for (const Document& doc : project.documents) {
    ForEachInline(doc, [&](const Inline& node) {
      if (node.kind != InlineKind::Fact || project.facts.count(node.text) > 0) return;
      std::string hint = DidYouMean(node.text, names);
      sink.Report(DiagCode::E0501, node.location, "fact '" + node.text + "' is not defined",
                  hint.empty() ? "define it in charters/facts.yaml, e.g. " + node.text + ": {value: 14, unit: day}"
                               : hint);
    });
  }
}

}  // namespace charterc
