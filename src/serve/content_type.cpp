#include "serve/content_type.h"

#include <array>
#include <utility>

namespace charterc {

namespace {

std::string_view ExtensionOf(std::string_view path) {
  size_t slash = path.rfind('/');
  size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  return path.substr(dot + 1);
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (x != b[i]) return false;
  }
  return true;
}

constexpr std::array<std::pair<std::string_view, std::string_view>, 22> kTypes = {{
    {"html", "text/html; charset=utf-8"},
    {"htm", "text/html; charset=utf-8"},
    {"xhtml", "application/xhtml+xml; charset=utf-8"},
    {"css", "text/css; charset=utf-8"},
    {"js", "text/javascript; charset=utf-8"},
    {"mjs", "text/javascript; charset=utf-8"},
    {"json", "application/json; charset=utf-8"},
    {"txt", "text/plain; charset=utf-8"},
    {"csv", "text/csv; charset=utf-8"},
    {"xml", "application/xml; charset=utf-8"},
    {"svg", "image/svg+xml"},
    {"pdf", "application/pdf"},
    {"epub", "application/epub+zip"},
    {"png", "image/png"},
    {"jpg", "image/jpeg"},
    {"jpeg", "image/jpeg"},
    {"gif", "image/gif"},
    {"webp", "image/webp"},
    {"ico", "image/vnd.microsoft.icon"},
    {"woff", "font/woff"},
    {"woff2", "font/woff2"},
    {"ttf", "font/ttf"},
}};

}  // namespace

std::string_view ContentTypeOf(std::string_view path) {
  std::string_view extension = ExtensionOf(path);
  for (const auto& [known, type] : kTypes) {
    if (EqualsIgnoringCase(extension, known)) return type;
  }
  return "application/octet-stream";
}

bool IsHtmlPath(std::string_view path) {
  std::string_view extension = ExtensionOf(path);
  return EqualsIgnoringCase(extension, "html") || EqualsIgnoringCase(extension, "htm");
}

}  // namespace charterc
