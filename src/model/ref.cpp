#include "model/ref.h"

#include <algorithm>
#include <cctype>

namespace charterc {

namespace {

bool IsCriterionNumber(const std::string& s) {
  if (s.empty() || s.front() == '.' || s.back() == '.') return false;
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isalnum(c) || c == '.'; });
}

bool IsDocumentName(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '-' || c == '_' || c == '.';
  });
}

}  // namespace

bool IsValidId(const std::string& id) {
  if (id.empty() || !std::isalpha(static_cast<unsigned char>(id.front()))) return false;
  return std::all_of(id.begin(), id.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '-' || c == '_' || c == '.';
  });
}

std::optional<Ref> ParseRef(const std::string& text) {
  Ref ref;
  ref.text = text;
  size_t hash = text.find('#');
  size_t colon = text.find(':');
  if (colon != std::string::npos && hash == std::string::npos) {
    ref.kind = Ref::Kind::Criterion;
    ref.framework = text.substr(0, colon);
    ref.criterion = text.substr(colon + 1);
    if (!IsValidId(ref.framework) || !IsCriterionNumber(ref.criterion)) return std::nullopt;
    return ref;
  }
  if (colon != std::string::npos || hash == std::string::npos) return std::nullopt;
  ref.document = text.substr(0, hash);
  ref.id = text.substr(hash + 1);
  ref.kind = ref.document.empty() ? Ref::Kind::Local : Ref::Kind::Document;
  if (!IsValidId(ref.id)) return std::nullopt;
  if (ref.kind == Ref::Kind::Document && !IsDocumentName(ref.document)) return std::nullopt;
  return ref;
}

}  // namespace charterc
