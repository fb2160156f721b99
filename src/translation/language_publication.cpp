#include "translation/language_publication.h"

#include <algorithm>
#include <cstdio>

#include "analysis/unit_status.h"

namespace charterc {

namespace {

std::string Percent(double share) {
  char text[16];
  std::snprintf(text, sizeof text, "%.1f%%", share * 100.0);
  return text;
}

// The units a reader must not meet in another language: what is promised,
// and what the document is called.
bool IsKeyUnit(UnitKind kind) { return kind == UnitKind::Commitment || kind == UnitKind::Title; }

void Count(const std::vector<AssessedUnit>& assessed, LanguageDecision* decision) {
  for (const AssessedUnit& entry : assessed) {
    if (!IsKeyUnit(entry.unit.kind)) continue;
    ++decision->key_units;
    if (entry.assessment.state == UnitState::Translated) ++decision->key_translated;
  }
}

void Report(const std::string& lang, const LanguageDecision& decision, const ProjectConfig& config,
            DiagnosticSink& sink) {
  std::string coverage = Percent(decision.KeyShare()) + " of its commitments and titles are translated (" +
                         std::to_string(decision.key_translated) + " of " + std::to_string(decision.key_units) + ")";
  SourceLocation at{decision.first_path, 0, 0, 0};
  if (config.has_languages) {
    sink.Report(DiagCode::N1015, at, lang + " is not published: charterc.yaml's languages: does not list it; " + coverage,
                "add " + lang + " to languages: in charterc.yaml to publish it; it is checked either way");
    return;
  }
  sink.Report(DiagCode::N1015, at,
              lang + " is not published: " + coverage + ", below min-translated " + Percent(config.min_translated / 100.0),
              "translate its missing commitments and titles, lower min-translated in charterc.yaml, or name the languages to publish with languages: [" + lang + ", ...]");
}

}  // namespace

std::map<std::string, LanguageDecision> DecideLanguages(const Project& project, const Analysis& analysis) {
  const ProjectConfig& config = project.config;
  std::map<std::string, LanguageDecision> decisions;
  for (const Translation& translation : project.translations) {
    if (project.FindDocument(translation.document) == nullptr) continue;
    LanguageDecision& decision = decisions[translation.lang];
    if (decision.first_path.empty()) decision.first_path = translation.path;
    Count(analysis.Of(translation), &decision);
  }
  for (auto& [lang, decision] : decisions) {
    decision.listed = std::find(config.languages.begin(), config.languages.end(), lang) != config.languages.end();
    // A tiny tolerance keeps 2 of 3 from missing 66.67 by rounding.
    decision.published = config.has_languages ? decision.listed
                                              : decision.KeyShare() * 100.0 + 1e-9 >= config.min_translated;
  }
  return decisions;
}

std::set<std::string> WithheldLanguages(const Project& project, const Analysis& analysis, DiagnosticSink& sink) {
  std::set<std::string> withheld;
  for (const auto& [lang, decision] : DecideLanguages(project, analysis)) {
    if (decision.published) continue;
    withheld.insert(lang);
    Report(lang, decision, project.config, sink);
  }
  return withheld;
}

}  // namespace charterc
