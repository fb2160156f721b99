#include "model/project.h"

namespace charterc {

const Document* Project::FindDocument(const std::string& name) const {
  for (const Document& document : documents) {
    if (document.name == name) return &document;
  }
  return nullptr;
}

}  // namespace charterc
