#include "translation/edition_builder.h"

#include <map>

#include "analysis/unit_status.h"

namespace charterc {

namespace {

EditionStatus Count(const std::vector<AssessedUnit>& assessed, const std::string& source_lang) {
  EditionStatus status;
  status.source_lang = source_lang;
  for (const AssessedUnit& entry : assessed) {
    ++status.units;
    switch (entry.assessment.state) {
      case UnitState::Translated: ++status.translated; break;
      case UnitState::Stale: ++status.stale; break;
      case UnitState::Wrong:
      case UnitState::Missing: ++status.missing; break;
    }
  }
  return status;
}

// Applies a translated front-matter unit, or records that the source's
// value is shown.
void ApplyFrontMatter(const AssessedUnit& entry, bool use, DocumentMeta* meta, EditionStatus* status) {
  std::string text = use ? PlainText(entry.translated->inlines) : std::string();
  auto apply = [&](std::string* field, bool* fallback, std::vector<Inline>* inlines = nullptr) {
    if (use) *field = text;
    if (use && inlines) *inlines = entry.translated->inlines;
    *fallback = !use;
  };
  switch (entry.unit.kind) {
    case UnitKind::Title: return apply(&meta->title, &status->title_fallback, &meta->title_inlines);
    case UnitKind::Summary: return apply(&meta->summary, &status->summary_fallback, &meta->summary_inlines);
    case UnitKind::Owner: return apply(&meta->owner, &status->owner_fallback);
    case UnitKind::Contact: return apply(&meta->contact, &status->contact_fallback);
    default: return;
  }
}

}  // namespace

Document BuildEdition(const Analysis& analysis, const Document& source, const Translation& translation) {
  Document edition = source;
  edition.meta.lang = translation.lang;
  edition.translation_path = translation.path;
  const std::vector<AssessedUnit>& assessed = analysis.Of(translation);
  EditionStatus status = Count(assessed, source.meta.lang);
  std::map<std::string, std::string> commitment_texts;
  std::map<std::string, const std::vector<Inline>*> heading_titles;
  for (const AssessedUnit& entry : assessed) {
    bool use = entry.assessment.state == UnitState::Translated;
    if (IsFrontMatter(entry.unit.kind)) {
      ApplyFrontMatter(entry, use, &edition.meta, &status);
      continue;
    }
    Block* block = BlockAt(edition.blocks, entry.unit.path);
    if (block == nullptr) continue;
    if (use) {
      const std::vector<Inline>& inlines = entry.translated->inlines;
      block->inlines = inlines;
      if (entry.unit.kind == UnitKind::Commitment) commitment_texts[entry.unit.id] = PlainText(inlines);
      if (entry.unit.kind == UnitKind::Heading) heading_titles[entry.unit.id] = &inlines;
    } else {
      block->fallback_lang = source.meta.lang;
      block->stale = entry.assessment.state == UnitState::Stale;
    }
  }
  for (Commitment& commitment : edition.commitments) {
    auto text = commitment_texts.find(commitment.id);
    if (text != commitment_texts.end()) commitment.text = text->second;
  }
  for (Section& section : edition.sections) {
    auto title = heading_titles.find(section.id);
    if (title == heading_titles.end()) continue;
    section.title_inlines = *title->second;
    section.title = PlainText(section.title_inlines);
  }
  edition.edition = status;
  return edition;
}

std::vector<Coverage> MeasureCoverage(const Project& project, const Analysis& analysis) {
  std::map<std::string, EditionStatus> by_lang;
  for (const Translation& translation : project.translations) {
    const Document* source = project.FindDocument(translation.document);
    if (source == nullptr) continue;
    EditionStatus counted = Count(analysis.Of(translation), source->meta.lang);
    EditionStatus& total = by_lang[translation.lang];
    total.source_lang = counted.source_lang;
    total.units += counted.units;
    total.translated += counted.translated;
    total.stale += counted.stale;
    total.missing += counted.missing;
  }
  std::vector<Coverage> coverage;
  for (auto& [lang, status] : by_lang) coverage.push_back(Coverage{lang, status});
  return coverage;
}

}  // namespace charterc
