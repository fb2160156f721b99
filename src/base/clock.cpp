#include "base/clock.h"

#include <cstdlib>
#include <string>

namespace charterc {

std::optional<std::time_t> ParseSourceDateEpoch(const char* value) {
  if (value == nullptr || *value == '\0') return std::nullopt;
  std::string text(value);
  if (text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return static_cast<std::time_t>(std::strtoll(value, nullptr, 10));
}

}  // namespace charterc
