#include "check/translation_checker.h"

#include <set>

#include "analysis/unit_status.h"

namespace charterc {

namespace {

std::string StaleHint(const Translation& translation, const AssessedUnit& entry) {
  if (translation.format == TranslationFormat::Markdown) {
    return "compare with the source, update the translation, then record the new source version: {#" +
           entry.unit.id + " from=" + entry.unit.fingerprint + "}";
  }
  if (translation.format == TranslationFormat::Po) {
    return entry.translated->unconfirmed
               ? "review the translation and clear its fuzzy flag (your PO editor does this when you confirm it)"
               : "run 'charterc po export --lang " + translation.lang +
                     "' to bring the new source wording into the file, then update and confirm the translation";
  }
  if (entry.translated->unconfirmed) {
    return "review the target and mark the segment state=\"translated\" (your translation tool does this when you "
           "confirm it)";
  }
  return "run 'charterc xliff extract --lang " + translation.lang +
         "' to bring the new source wording into the file, then update and confirm the target";
}

// A translated unit that states something its source does not. A contact
// is not compared with the source's, only checked for its form, as the
// front matter checks it (see analysis/unit_status.h).
void ReportWrong(const Document& source, const AssessedUnit& entry, DiagnosticSink& sink) {
  if (entry.unit.kind == UnitKind::Contact) {
    sink.Report(DiagCode::E0206, entry.translated->location,
                "'contact' must be an email address or an https:, mailto: or tel: link, not '" +
                    PlainText(entry.translated->inlines) + "'",
                "write an email address such as enquiries@example.ac.uk or a link such as "
                "https://library.example.ac.uk/contact, or copy the source's: " + entry.unit.text);
    return;
  }
  std::string message =
      UnitKindName(entry.unit.kind) + std::string(" '") + entry.unit.id + "' does not say what the source says";
  for (const std::string& difference : entry.assessment.differences) message += "; " + difference;
  sink.Report(DiagCode::E1001, entry.translated->location, message,
              "a translation keeps every number, unit, fact ({{ name }}), link and contact detail of " + source.path +
                  " (line " + std::to_string(entry.unit.location.line) + ")");
}

// Once per language: where no lexicon reads units, only numbers are
// compared, and the editor should know it.
void NoteUnitsUnchecked(const Project& project, const Document& source, const Translation& translation,
                        std::set<std::string>* noted, DiagnosticSink& sink) {
  if (UnitsCompared(project, source.meta.lang, translation.lang) || !noted->insert(translation.lang).second) return;
  std::string missing = project.lexicons.count(translation.lang) ? source.meta.lang : translation.lang;
  sink.Report(DiagCode::N1020, SourceLocation{translation.path, 0, 0, 0},
              "no lexicon for '" + missing + "': every number of the " + translation.lang +
                  " translations is compared with the source's, but not the units that follow them "
                  "(\"30 minutes\" translated as \"30 hours\" is not caught)",
              "add locales/" + missing + "/lexicon.yaml (its units, periods and number words) to compare units too");
}

}  // namespace

void CheckTranslations(const Project& project, const Analysis& analysis, DiagnosticSink& sink) {
  std::set<std::string> noted;
  for (const Translation& translation : project.translations) {
    const Document* source = project.FindDocument(translation.document);
    if (source == nullptr) continue;
    NoteUnitsUnchecked(project, *source, translation, &noted, sink);
    for (const AssessedUnit& entry : analysis.Of(translation)) {
      if (entry.assessment.state == UnitState::Wrong) {
        ReportWrong(*source, entry, sink);
      } else if (entry.assessment.state == UnitState::Stale) {
        bool source_changed = !entry.translated->from.empty() && entry.translated->from != entry.unit.fingerprint;
        std::string why = source_changed ? "' was translated from older wording of the source"
                          : translation.format == TranslationFormat::Po
                              ? "' is not confirmed: its entry is marked fuzzy"
                              : "' is not confirmed: its segment is still marked state=\"initial\"";
        sink.Report(DiagCode::W1002, entry.translated->location,
                    UnitKindName(entry.unit.kind) + std::string(" '") + entry.unit.id + why +
                        " (readers see the source text until it is updated)",
                    StaleHint(translation, entry));
      }
    }
  }
}

}  // namespace charterc
