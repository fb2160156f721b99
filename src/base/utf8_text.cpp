#include "base/utf8_text.h"

#include <cstdio>

#include <unicode/utf8.h>

namespace charterc {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";     // U+2026

bool IsControl(UChar32 c) { return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c < 0xA0); }

}  // namespace

std::string ShowableUtf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  std::string shown;
  shown.reserve(text.size());
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || IsControl(c)) shown += kReplacement;
    else shown.append(text.substr(start, i - start));
  }
  return shown;
}

std::string CutToCodePoints(std::string_view text, int max_code_points) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t offset = 0;
  int32_t keep = 0;  // bytes of the first max_code_points - 1 code points
  for (int count = 0; offset < length; ++count) {
    if (count == max_code_points - 1) keep = offset;
    if (count == max_code_points) return std::string(text.substr(0, keep)) + std::string(kEllipsis);
    U8_FWD_1(bytes, offset, length);
  }
  return std::string(text);
}

std::string CodePointName(char32_t c) {
  char name[16];
  std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(c));
  return name;
}

}  // namespace charterc
