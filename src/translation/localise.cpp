#include "translation/localise.h"

#include <algorithm>

#include "translation/edition_builder.h"

namespace charterc {

namespace {

bool Publishable(const Translation& translation, const std::set<std::string>& with_errors) {
  if (with_errors.count(translation.path)) return false;
  // A file merged into the translation (translation/translation_merge.h) with an error stops it too.
  return std::none_of(translation.merged_paths.begin(), translation.merged_paths.end(),
                      [&](const std::string& path) { return with_errors.count(path) > 0; });
}

}  // namespace

Localised Localise(const Project& project, const Analysis& analysis, const std::set<std::string>& with_errors,
                   const std::set<std::string>& withheld_langs) {
  Localised localised;
  for (const Document& doc : project.documents) {
    if (with_errors.count(doc.path) == 0) localised.pages.push_back(&doc);
  }
  for (const Translation& translation : project.translations) {
    const Document* source = project.FindDocument(translation.document);
    if (source == nullptr || with_errors.count(source->path)) continue;
    if (withheld_langs.count(translation.lang) || !Publishable(translation, with_errors)) continue;
    localised.editions.push_back(BuildEdition(analysis, *source, translation));
    localised.edition_langs[source->name].push_back(translation.lang);
    localised.pages.push_back(&localised.editions.back());
  }
  return localised;
}

}  // namespace charterc
