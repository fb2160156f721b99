#include "diag/diagnostic_printer.h"

#include <map>

#include <nlohmann/json.hpp>

#include "base/utf8_text.h"
#include "diag/diagnostic_grouping.h"
#include "diag/source_excerpt.h"

namespace charterc {

namespace {

// SGR escape sequences; every styled span ends with kReset, so a line never
// leaks its colour into the next.
constexpr const char* kBold = "\x1b[1m";
constexpr const char* kRed = "\x1b[1;31m";
constexpr const char* kYellow = "\x1b[1;33m";
constexpr const char* kCyan = "\x1b[1;36m";
constexpr const char* kGreen = "\x1b[1;32m";
constexpr const char* kReset = "\x1b[0m";

const char* SeverityColor(Severity severity) {
  switch (severity) {
    case Severity::Error: return kRed;
    case Severity::Warning: return kYellow;
    case Severity::Note: return kCyan;
  }
  return kBold;
}

// `text` wrapped in `style` when colours are on.
struct Styled {
  std::string_view text;
  const char* style;
  bool on;
};

std::ostream& operator<<(std::ostream& out, const Styled& s) {
  if (!s.on) return out << s.text;
  return out << s.style << s.text << kReset;
}

// The source line, cut to the screen around the caret (diag/source_excerpt.h).
void PrintSourceExcerpt(const Diagnostic& d, const SourceFile& source, int columns, std::ostream& out,
                        bool color) {
  std::string number = std::to_string(d.location.line);
  std::string gutter(number.size(), ' ');
  // "  12 | " takes the gutter's width of the screen.
  const int width = columns - static_cast<int>(number.size()) - 5;
  SourceExcerpt excerpt = ExcerptAround(source.Line(d.location.line), d.location.column, d.location.length, width);
  out << "  " << number << " | " << excerpt.text << "\n";
  // Tabs are kept so the caret lines up under tab-indented text.
  std::string pad;
  int column = 1;
  for (size_t i = 0; i < excerpt.text.size() && column < excerpt.caret_column; ++i) {
    unsigned char c = static_cast<unsigned char>(excerpt.text[i]);
    if ((c & 0xC0) == 0x80) continue;
    pad += c == '\t' ? '\t' : ' ';
    ++column;
  }
  std::string underline = "^";
  if (excerpt.caret_length > 1) underline += std::string(excerpt.caret_length - 1, '~');
  out << "  " << gutter << " | " << pad << Styled{underline, kGreen, color} << "\n";
}

void PrintOne(const Diagnostic& d, const SourceLookup& lookup, int columns, std::ostream& out, bool color) {
  const SourceLocation& at = d.location;
  std::string where = ShowableUtf8(at.file);
  if (at.line > 0) where += ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
  std::string label = std::string(SeverityName(d.severity)) + "[" + std::string(InfoOf(d.code).id) + "]";
  out << Styled{where + ":", kBold, color} << " " << Styled{label, SeverityColor(d.severity), color}
      << (d.baselined ? " (baselined)" : "") << Styled{": " + MessageWithRepeats(d), kBold, color} << "\n";
  const SourceFile* source = at.line > 0 && lookup ? lookup(at.file) : nullptr;
  if (source != nullptr) PrintSourceExcerpt(d, *source, columns, out, color);
  if (!d.hint.empty()) out << "  " << Styled{"hint:", kGreen, color} << " " << d.hint << "\n";
}

std::string Plural(int n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

void PrintDiagnosticsText(const std::vector<Diagnostic>& diagnostics, const SourceLookup& lookup,
                          std::ostream& out, bool color, int columns) {
  if (columns <= 0) columns = kDefaultColumns;
  std::map<DiagCode, int> printed;
  std::map<DiagCode, long> not_shown;  // findings, folded ones included
  for (const Diagnostic& d : GroupRepeatsOnLine(diagnostics)) {
    if (printed[d.code] >= kMaxPrintedPerCode) {
      not_shown[d.code] += 1 + d.more_on_line;
      continue;
    }
    ++printed[d.code];
    PrintOne(d, lookup, columns, out, color);
  }
  for (const auto& [code, count] : not_shown) {
    const DiagCodeInfo& info = InfoOf(code);
    out << Styled{"note:", kCyan, color} << " " << count << " more " << SeverityName(info.severity) << "["
        << info.id << "] (" << info.name << ") findings not shown: at most " << kMaxPrintedPerCode
        << " lines with one are printed per code (--diagnostics-format json lists them all)\n";
  }
}

void PrintDiagnosticsJson(const std::vector<Diagnostic>& diagnostics, std::ostream& out) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  int errors = 0;
  int warnings = 0;
  int baselined = 0;
  for (const Diagnostic& d : GroupRepeatsOnLine(diagnostics)) {
    const int findings = 1 + d.more_on_line;
    if (d.baselined) baselined += findings;
    else if (d.severity == Severity::Error) errors += findings;
    else if (d.severity == Severity::Warning) warnings += findings;
    list.push_back({{"code", InfoOf(d.code).id},
                    {"name", InfoOf(d.code).name},
                    {"severity", SeverityName(d.severity)},
                    {"file", d.location.file},
                    {"line", d.location.line},
                    {"column", d.location.column},
                    {"message", d.message},
                    {"hint", d.hint},
                    {"baselined", d.baselined}});
    if (!d.details.empty()) list.back()["details"] = d.details;
    if (d.more_on_line > 0) list.back()["more_on_line"] = d.more_on_line;
  }
  nlohmann::ordered_json doc = {{"diagnostics", list},
                                {"errors", errors},
                                {"warnings", warnings},
                                {"baselined", baselined}};
  out << doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

std::string SummaryLine(int errors, int warnings, int baselined) {
  std::string line = Plural(errors, "error") + ", " + Plural(warnings, "warning");
  if (baselined > 0) line += " (" + std::to_string(baselined) + " baselined)";
  return line;
}

}  // namespace charterc
