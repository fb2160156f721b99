#include "model/link_path.h"

#include <cctype>

#include "model/link_policy.h"

namespace charterc {

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// The path part of `url` as a browser walks it (the WHATWG URL standard):
// up to '?' or '#', "%2e" read as '.' (it makes dot segments), '\' read as
// '/'. Other escapes stay: "%2F" is a character of a name, not a separator.
std::string WalkedPath(const std::string& url) {
  std::string path;
  for (size_t i = 0; i < url.size() && url[i] != '?' && url[i] != '#'; ++i) {
    char c = url[i];
    if (c == '%' && i + 2 < url.size() && HexValue(url[i + 1]) == 2 && HexValue(url[i + 2]) == 14) {
      c = '.';
      i += 2;
    }
    path += c == '\\' ? '/' : c;
  }
  return path;
}

LinkPathProblem Absolute(const std::string& url) {
  return {DiagCode::E1405, "link to '" + url + "' names a file on a computer, not a page of the site",
          "link to a page by its address (https://...), or to another charter document (standards.md#id)"};
}

}  // namespace

std::optional<LinkPathProblem> CheckLinkPath(const std::string& url, int depth) {
  std::string scheme = LinkScheme(url);
  // "C:\x" and "C:/x": a drive letter, which URL parsers take for a scheme.
  if (scheme == "file" || (scheme.size() == 1 && url.size() > 2 && (url[2] == '/' || url[2] == '\\'))) {
    return Absolute(url);
  }
  if (!scheme.empty()) return std::nullopt;  // a network address: its scheme is checked elsewhere
  std::string path = WalkedPath(url);
  if (path.rfind("//", 0) == 0) return std::nullopt;  // "//host/x": an address on another site
  if (!path.empty() && path[0] == '/') return Absolute(url);
  int level = depth;
  for (size_t start = 0; start < path.size();) {
    size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    std::string part = path.substr(start, slash - start);
    start = slash + 1;
    if (part == "..") {
      if (--level < 0) {
        return LinkPathProblem{DiagCode::E1404, "link to '" + url + "' leads out of the project folder",
                               "link to a document of the project (standards.md#id) or to a page by its address "
                               "(https://...)"};
      }
    } else if (!part.empty() && part != ".") {
      ++level;
    }
  }
  return std::nullopt;
}

}  // namespace charterc
