#include "translation/translation_merge.h"

#include "markdown/inline_markdown.h"

namespace charterc {

namespace {

TranslatedUnit* FindUnit(Translation* translation, const std::string& id) {
  for (TranslatedUnit& unit : translation->units) {
    if (unit.id == id) return &unit;
  }
  return nullptr;
}

}  // namespace

std::vector<TranslationConflict> MergeTranslation(Translation* into, const Translation& other) {
  std::vector<TranslationConflict> conflicts;
  into->merged_paths.push_back(other.path);
  for (const std::string& path : other.merged_paths) into->merged_paths.push_back(path);
  for (const TranslatedUnit& unit : other.units) {
    TranslatedUnit* mine = FindUnit(into, unit.id);
    if (mine == nullptr) {
      into->units.push_back(unit);
      continue;
    }
    if (InlinesToMarkdown(mine->inlines) != InlinesToMarkdown(unit.inlines)) {
      conflicts.push_back({unit.id, mine->location, unit.location});
      continue;
    }
    // The same text: a confirmation in either file counts (the translator
    // confirmed it in one tool and the other file was not updated).
    if (mine->unconfirmed && !unit.unconfirmed) *mine = unit;
    if (mine->made_from.empty()) mine->made_from = unit.made_from;
  }
  return conflicts;
}

}  // namespace charterc
