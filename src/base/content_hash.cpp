#include "base/content_hash.h"

#include <xxhash.h>

#include <charconv>

namespace charterc {

uint64_t ContentHash(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

std::string HashHex(uint64_t hash) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) hex[i] = kDigits[hash & 0xf];
  return hex;
}

bool ParseHashHex(std::string_view text, uint64_t* hash) {
  if (text.empty() || text.size() > 16) return false;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *hash, 16);
  return error == std::errc() && end == text.data() + text.size();
}

HashBuilder& HashBuilder::Add(std::string_view part) {
  parts_ += std::to_string(part.size());
  parts_ += ':';
  parts_ += part;
  return *this;
}

HashBuilder& HashBuilder::Add(uint64_t number) { return Add(std::to_string(number)); }

}  // namespace charterc
