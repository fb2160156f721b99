#include "base/line_ends.h"

namespace charterc {

size_t LineEndLength(std::string_view text, size_t i, char32_t* unusual) {
  *unusual = 0;
  auto byte = [&](size_t at) { return at < text.size() ? static_cast<unsigned char>(text[at]) : 0; };
  unsigned char c = byte(i);
  if (c == '\n') return 1;
  if (c == '\r') return byte(i + 1) == '\n' ? 2 : 1;
  if (c == 0x0B || c == 0x0C) {
    *unusual = c;
    return 1;
  }
  if (c == 0xC2 && byte(i + 1) == 0x85) {
    *unusual = 0x85;
    return 2;
  }
  if (c == 0xE2 && byte(i + 1) == 0x80 && (byte(i + 2) == 0xA8 || byte(i + 2) == 0xA9)) {
    *unusual = byte(i + 2) == 0xA8 ? 0x2028 : 0x2029;
    return 3;
  }
  return 0;
}

}  // namespace charterc
