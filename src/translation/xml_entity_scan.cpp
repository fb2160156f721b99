#include "translation/xml_entity_scan.h"

#include <array>
#include <cctype>

namespace charterc {

namespace {

bool IsPredefined(std::string_view name) {
  constexpr std::array<std::string_view, 5> kNames = {"lt", "gt", "amp", "quot", "apos"};
  for (std::string_view known : kNames) {
    if (name == known) return true;
  }
  return !name.empty() && name[0] == '#';
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
    if (!IsPredefined(name)) return UndefinedEntity{i, std::string(name)};
  }
  return std::nullopt;
}

}  // namespace charterc
