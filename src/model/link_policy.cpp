#include "model/link_policy.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace charterc {

std::string LinkScheme(const std::string& url) {
  size_t colon = url.find(':');
  if (colon == std::string::npos || colon == 0) return {};
  std::string scheme = url.substr(0, colon);
  bool valid = std::isalpha(static_cast<unsigned char>(scheme[0])) &&
               std::all_of(scheme.begin(), scheme.end(), [](unsigned char c) {
                 return std::isalnum(c) || c == '+' || c == '-' || c == '.';
               });
  // "a/b:c" is a relative path, not a scheme.
  if (!valid) return url.find_first_of("/?#") < colon ? std::string() : scheme;
  std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) { return std::tolower(c); });
  return scheme;
}

bool IsSafeLinkUrl(const std::string& url) {
  // Control characters and spaces can hide a scheme from naive checks.
  if (std::any_of(url.begin(), url.end(), [](unsigned char c) { return c < 0x21 || c == 0x7f; })) return false;
  std::string scheme = LinkScheme(url);
  if (scheme.empty()) return url.find(':') == std::string::npos || url.find_first_of("/?#") < url.find(':');
  static constexpr std::array<std::string_view, 4> kAllowed = {"http", "https", "mailto", "tel"};
  return std::find(kAllowed.begin(), kAllowed.end(), scheme) != kAllowed.end();
}

bool IsContactAddress(const std::string& value) {
  bool email = value.find('@') != std::string::npos && value.find(':') == std::string::npos &&
               value.find_first_of(" /") == std::string::npos;
  return email || (IsSafeLinkUrl(value) && !LinkScheme(value).empty());
}

std::optional<DocumentLink> ParseDocumentLink(const std::string& url) {
  if (!LinkScheme(url).empty() || url.rfind("//", 0) == 0) return std::nullopt;
  size_t hash = url.find('#');
  std::string path = url.substr(0, hash);
  if (path.rfind("./", 0) == 0) path.erase(0, 2);  // "./standards.md" is the same document
  std::string fragment = hash == std::string::npos ? "" : url.substr(hash + 1);
  if (path.empty()) {
    if (fragment.empty()) return std::nullopt;
    return DocumentLink{"", fragment};
  }
  constexpr std::string_view kExtension = ".md";
  if (path.find('/') != std::string::npos || path.size() <= kExtension.size() ||
      path.compare(path.size() - kExtension.size(), kExtension.size(), kExtension) != 0) {
    return std::nullopt;
  }
  return DocumentLink{path.substr(0, path.size() - kExtension.size()), fragment};
}

std::string DocumentHref(const std::string& url, const std::string& extension) {
  std::optional<DocumentLink> link = ParseDocumentLink(url);
  if (!link || link->document.empty()) return url;
  return link->document + extension + (link->id.empty() ? "" : "#" + link->id);
}

}  // namespace charterc
