#include "model/project.h"

namespace charterc {

const std::string& Project::FrameworkOf(const Document& doc) const {
  return doc.meta.framework.empty() ? config.framework : doc.meta.framework;
}

const Document* Project::FindDocument(const std::string& name) const {
  for (const Document& document : documents) {
    if (document.name == name) return &document;
  }
  return nullptr;
}

}  // namespace charterc
