#include "model/framework.h"

namespace charterc {

const Criterion* Framework::Find(const std::string& number) const {
  for (const Criterion& criterion : criteria) {
    if (criterion.number == number) return &criterion;
  }
  return nullptr;
}

bool Framework::IsPlausible(const std::string& number) const {
  size_t dot = number.rfind('.');
  if (dot == std::string::npos || dot + 1 == number.size()) return false;
  const Criterion* parent = Find(number.substr(0, dot));
  // The parent must hold numbered criteria already, or nothing could follow.
  return parent != nullptr && !parent->leaf;
}

}  // namespace charterc
