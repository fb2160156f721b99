#include "model/document.h"

namespace charterc {

const char* DocumentTypeName(DocumentType type) {
  switch (type) {
    case DocumentType::Charter: return "charter";
    case DocumentType::Statement: return "statement";
    case DocumentType::Standards: return "standards";
    case DocumentType::Policy: return "policy";
  }
  return "charter";
}

}  // namespace charterc
