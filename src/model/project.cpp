#include "model/project.h"

#include <utility>

namespace charterc {

const std::string& Project::FrameworkOf(const Document& doc) const {
  return doc.meta.framework.empty() ? config.framework : doc.meta.framework;
}

const Translation* Project::FindTranslation(const std::string& document, const std::string& lang) const {
  for (const Translation& translation : translations) {
    if (translation.document == document && translation.lang == lang) return &translation;
  }
  return nullptr;
}

Translation* Project::FindTranslation(const std::string& document, const std::string& lang) {
  return const_cast<Translation*>(std::as_const(*this).FindTranslation(document, lang));
}

const Document* Project::FindDocument(const std::string& name) const {
  for (const Document& document : documents) {
    if (document.name == name) return &document;
  }
  return nullptr;
}

}  // namespace charterc
