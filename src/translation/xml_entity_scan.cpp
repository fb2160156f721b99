#include "translation/xml_entity_scan.h"

#include <array>
#include <cctype>
#include <charconv>

namespace charterc {

namespace {

bool IsPredefined(std::string_view name) {
  constexpr std::array<std::string_view, 5> kNames = {"lt", "gt", "amp", "quot", "apos"};
  for (std::string_view known : kNames) {
    if (name == known) return true;
  }
  return false;
}

// XML 1.0's Char production: a numeric reference to anything else (NUL,
// other control characters, surrogates, U+FFFE/FFFF) is not well-formed,
// and pugixml would decode it anyway; a NUL would cut the text short.
bool IsXmlChar(unsigned long code) {
  return code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
         (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
}

// "#160" or "#xA0" names a character XML allows.
bool IsAllowedNumericReference(std::string_view name) {
  std::string_view digits = name.substr(1);
  int base = 10;
  if (!digits.empty() && digits[0] == 'x') {
    digits.remove_prefix(1);
    base = 16;
  }
  unsigned long code = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), code, base);
  return !digits.empty() && error == std::errc() && end == digits.data() + digits.size() && IsXmlChar(code);
}

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == ':' || c == '#' ||
         static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::optional<UndefinedEntity> FindUndefinedEntity(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    // Comments and CDATA sections hold no references.
    for (bool skipped = true; skipped;) {
      skipped = false;
      for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"<!--", "-->"}, {"<![CDATA[", "]]>"}}) {
        if (text.substr(i, open.size()) != open) continue;
        size_t end = text.find(close, i + open.size());
        i = end == std::string_view::npos ? text.size() : end + close.size();
        skipped = true;
      }
    }
    if (i >= text.size() || text[i] != '&') continue;
    size_t end = i + 1;
    while (end < text.size() && IsNameChar(text[end])) ++end;
    // "&" without a name and ';' is not well-formed: pugixml reports it.
    if (end >= text.size() || text[end] != ';' || end == i + 1) continue;
    std::string_view name = text.substr(i + 1, end - i - 1);
    if (name[0] == '#') {
      if (!IsAllowedNumericReference(name)) return UndefinedEntity{i, std::string(name), true};
    } else if (!IsPredefined(name)) {
      return UndefinedEntity{i, std::string(name), false};
    }
  }
  return std::nullopt;
}

}  // namespace charterc
