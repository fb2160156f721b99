#include "render/template_safety.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <string_view>

namespace charterc {

namespace {

std::string Lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower;
}

// The element's name without a namespace prefix ("svg:script" is a script).
std::string LocalName(const pugi::xml_node& node) {
  std::string_view name = node.name();
  size_t colon = name.find(':');
  return Lower(colon == std::string_view::npos ? name : name.substr(colon + 1));
}

// Browsers ignore leading spaces and control characters, and tabs or line
// ends anywhere in a scheme, so "java\tscript:" is javascript: too.
bool IsScriptAddress(std::string_view value) {
  std::string scheme;
  for (char c : value) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20) continue;
    if (c == ':') break;
    scheme += static_cast<char>(std::tolower(u));
    if (scheme.size() > 10) return false;
  }
  return scheme == "javascript" || scheme == "vbscript";
}

constexpr std::array<std::string_view, 9> kActiveElements = {"script", "iframe", "frame",  "frameset", "object",
                                                            "embed",  "applet", "base",   "portal"};
constexpr std::array<std::string_view, 7> kAddressAttributes = {"href", "src", "action", "formaction",
                                                               "data", "xlink:href", "poster"};

std::optional<TemplateProblem> Check(const pugi::xml_node& element) {
  const std::string name = LocalName(element);
  const ptrdiff_t offset = element.offset_debug();  // -1 when pugixml cannot tell
  const size_t at = offset < 0 ? 0 : static_cast<size_t>(offset);
  if (std::find(kActiveElements.begin(), kActiveElements.end(), name) != kActiveElements.end()) {
    return TemplateProblem{"page template has a <" + name + "> element; pages may not run or embed active content",
                           at};
  }
  // A theme's own Content-Security-Policy can only forbid more (browsers
  // enforce every policy of a page); any other http-equiv (a refresh that
  // sends readers elsewhere, a cookie) is refused.
  if (name == "meta" && element.attribute("http-equiv") &&
      Lower(element.attribute("http-equiv").value()) != "content-security-policy") {
    return TemplateProblem{"page template has a <meta http-equiv=\"" +
                               std::string(element.attribute("http-equiv").value()) +
                               "\"> element; a page may not refresh, redirect or set cookies",
                           at};
  }
  for (const pugi::xml_attribute& attribute : element.attributes()) {
    const std::string key = Lower(attribute.name());
    if (key.size() > 2 && key.compare(0, 2, "on") == 0) {
      return TemplateProblem{"page template has an event handler attribute '" + key + "' on <" + name + ">", at};
    }
    if (std::find(kAddressAttributes.begin(), kAddressAttributes.end(), key) != kAddressAttributes.end() &&
        IsScriptAddress(attribute.value())) {
      return TemplateProblem{"page template has a script address in '" + key + "' on <" + name + ">", at};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<TemplateProblem> FindActiveContent(const pugi::xml_document& page) {
  for (pugi::xpath_node found : page.select_nodes("//*")) {
    if (std::optional<TemplateProblem> problem = Check(found.node())) return problem;
  }
  return std::nullopt;
}

}  // namespace charterc
