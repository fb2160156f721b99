#include "project/site_settings.h"

namespace charterc {

namespace {

bool IsLowerAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// A folder on the server: "/", "/charters/" or "/a/b/", no query,
// fragment, spaces or "..". The slashes are added when left out.
void ReadPathPrefix(const std::string& value, const SourceLocation& at, ProjectConfig* config,
                    DiagnosticSink& sink) {
  bool usable = !value.empty() && value.find("..") == std::string::npos && value.find("//") == std::string::npos;
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
  if (key == "path-prefix") ReadPathPrefix(value, at, config, sink);
  else if (key == "fragment-prefix") ReadFragmentPrefix(value, at, config, sink);
  else if (key == "csv-bom") ReadCsvBom(value, at, config, sink);
}

}  // namespace charterc
