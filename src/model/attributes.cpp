#include "model/attributes.h"

namespace charterc {

std::optional<std::string> Attributes::Get(const std::string& key) const {
  for (const auto& [name, value] : values) {
    if (name == key) return value;
  }
  return std::nullopt;
}

}  // namespace charterc
