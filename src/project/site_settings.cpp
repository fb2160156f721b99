#include "project/site_settings.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

namespace charterc {

namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Characters a URL path may hold as they are (RFC 3986 pchar and '/'),
// '%' only as the start of an escape: no space, quote, angle bracket,
// backslash, control or non-ASCII character, no query or fragment.
bool IsUrlPath(std::string_view path) {
  for (size_t i = 0; i < path.size(); ++i) {
    const char c = path[i];
    if (c == '%') {
      if (i + 2 >= path.size() || !std::isxdigit(static_cast<unsigned char>(path[i + 1])) ||
          !std::isxdigit(static_cast<unsigned char>(path[i + 2]))) {
        return false;
      }
      continue;
    }
    if (!IsAsciiAlpha(c) && !IsDigit(c) && std::string_view("-._~!$&'()*+,;=:@/").find(c) == std::string_view::npos) {
      return false;
    }
  }
  return true;
}

// "example.org", "www.example.org:8080", "127.0.0.1": letters, digits,
// dots and hyphens, then an optional port. No user name ("a@b" hides the
// real host from a reader) and no IPv6 literal (not needed to publish).
bool IsHostAndPort(std::string_view authority) {
  const size_t colon = authority.find(':');
  std::string_view host = authority.substr(0, colon);
  if (host.empty() || host.front() == '.' || host.front() == '-') return false;
  for (char c : host) {
    if (!IsAsciiAlpha(c) && !IsDigit(c) && c != '.' && c != '-') return false;
  }
  if (colon == std::string_view::npos) return true;
  std::string_view port = authority.substr(colon + 1);
  return !port.empty() && port.size() <= 5 && std::all_of(port.begin(), port.end(), IsDigit);
}

// The base URL every absolute link of the site starts with. Only an
// http(s) URL or a path on the site's own server ("/charters/") can be a
// base: any other scheme (javascript:, data:, file:) would make every
// cross-document link of a book and every link of a PDF run code or reach
// the reader's disk, and "//host" would leave the site. The scheme is
// lower-cased; everything else is kept as written.
std::optional<std::string> BaseUrl(const std::string& value) {
  if (value.empty()) return std::nullopt;
  if (value.front() == '/') {
    if (value.size() > 1 && (value[1] == '/' || value[1] == '\\')) return std::nullopt;
    return IsUrlPath(value) ? std::optional<std::string>(value) : std::nullopt;
  }
  const size_t colon = value.find(':');
  if (colon == std::string::npos) return std::nullopt;
  std::string scheme = value.substr(0, colon);
  std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) { return std::tolower(c); });
  if (scheme != "http" && scheme != "https") return std::nullopt;
  if (value.compare(colon + 1, 2, "//") != 0) return std::nullopt;
  const size_t host_start = colon + 3;
  const size_t path_start = std::min(value.find('/', host_start), value.size());
  if (!IsHostAndPort(std::string_view(value).substr(host_start, path_start - host_start))) return std::nullopt;
  if (!IsUrlPath(std::string_view(value).substr(path_start))) return std::nullopt;
  return scheme + value.substr(colon);
}

void ReadBaseUrl(const std::string& value, const SourceLocation& at, ProjectConfig* config, DiagnosticSink& sink) {
  if (value.empty()) return;  // "base-url:" with no value: not known, links stay relative
  std::optional<std::string> base = BaseUrl(value);
  if (!base) {
    sink.Report(DiagCode::E0701, at, "base-url '" + value + "' is not an http: or https: address or a path",
                "write where out/ is published, e.g. base-url: https://example.org/charters/ "
                "(non-ASCII characters and spaces percent-encoded; no query or fragment)");
    return;
  }
  config->base_url = *base;
}

bool IsLowerAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// A folder on the server: "/", "/charters/" or "/a/b/", no query,
// fragment, spaces or "..", and only characters a URL path holds as they
// are (it is written into links and JSON without further encoding). The
// slashes are added when left out.
void ReadPathPrefix(const std::string& value, const SourceLocation& at, ProjectConfig* config,
                    DiagnosticSink& sink) {
  bool usable = !value.empty() && value.find("..") == std::string::npos && value.find("//") == std::string::npos &&
                IsUrlPath(value);
  for (char c : value) {
    if (c == '?' || c == '#' || c == ' ' || c == '\\' || c == ':' || static_cast<unsigned char>(c) < 0x20) usable = false;
  }
  if (!usable) {
    sink.Report(DiagCode::E0701, at, "'" + value + "' is not a folder of a web server",
                "write the folder the site is served from, e.g. path-prefix: /charters/");
    return;
  }
  std::string prefix = value.front() == '/' ? value : "/" + value;
  if (prefix.back() != '/') prefix += '/';
  config->path_prefix = prefix;
}

// A CSS class prefix: a lower-case letter, then letters, digits and
// hyphens, so "<prefix>-summary" is a valid class and id in any page.
void ReadFragmentPrefix(const std::string& value, const SourceLocation& at, ProjectConfig* config,
                        DiagnosticSink& sink) {
  bool usable = !value.empty() && value.front() >= 'a' && value.front() <= 'z' && value.back() != '-';
  for (char c : value) usable = usable && (IsLowerAlnum(c) || c == '-');
  if (!usable) {
    sink.Report(DiagCode::E0701, at, "'" + value + "' cannot start class names",
                "use lower-case letters, digits and hyphens, starting with a letter, e.g. fragment-prefix: library");
    return;
  }
  config->fragment_prefix = value;
}

void ReadCsvBom(const std::string& value, const SourceLocation& at, ProjectConfig* config, DiagnosticSink& sink) {
  if (value == "true" || value == "yes") {
    config->csv_bom = true;
  } else if (value == "false" || value == "no") {
    config->csv_bom = false;
  } else {
    sink.Report(DiagCode::E0701, at, "'" + value + "' is not true or false", "write csv-bom: true or csv-bom: false");
  }
}

}  // namespace

void ReadSiteSetting(const std::string& key, const std::string& value, const SourceLocation& at,
                     ProjectConfig* config, DiagnosticSink& sink) {
  if (key == "base-url") ReadBaseUrl(value, at, config, sink);
  else if (key == "path-prefix") ReadPathPrefix(value, at, config, sink);
  else if (key == "fragment-prefix") ReadFragmentPrefix(value, at, config, sink);
  else if (key == "csv-bom") ReadCsvBom(value, at, config, sink);
}

}  // namespace charterc
