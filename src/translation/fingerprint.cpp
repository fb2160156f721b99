#include "translation/fingerprint.h"

#include <cstdint>
#include <cstdio>

namespace charterc {

std::string Fingerprint(const std::string& text) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  auto add = [&](unsigned char c) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  };
  bool started = false, pending_space = false;
  for (unsigned char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      pending_space = true;
      continue;
    }
    if (pending_space && started) add(' ');
    pending_space = false;
    started = true;
    add(c);
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return std::string(hex, 12);
}

}  // namespace charterc
