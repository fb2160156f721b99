#include "project/ui_strings_checker.h"

#include <unicode/msgfmt.h>
#include <unicode/parseerr.h>

#include <algorithm>
#include <map>
#include <vector>

#include "base/suggest.h"
#include "i18n/locale_info.h"
#include "i18n/ui_strings.h"
#include "project/yaml_duplicate_keys.h"
#include "project/yaml_location.h"
#include "resources/embedded.h"

namespace charterc {

namespace {

// Every key the built-in English file defines: the full set charterc uses.
std::vector<std::string> KnownKeys() {
  std::map<std::string, std::string> patterns;
  if (std::optional<std::string_view> english = FindEmbeddedFile("locales/en/ui.yaml")) {
    UiStrings::ParsePatterns(std::string(*english), &patterns);
  }
  std::vector<std::string> keys;
  for (const auto& [key, pattern] : patterns) keys.push_back(key);
  return keys;
}

// Where character `offset` (UTF-16 units) of a scalar's text is in the file;
// a quoted scalar starts one column after its mark.
SourceLocation PatternLocation(const SourceFile& source, const YAML::Mark& mark, int32_t offset) {
  SourceLocation at = YamlLocation(source, mark);
  std::string_view line = source.Line(at.line);
  size_t byte = source.ByteInLine(at);
  if (byte < line.size() && (line[byte] == '"' || line[byte] == '\'')) ++at.column;
  at.column += offset < 0 ? 0 : offset;
  at.length = 1;
  return at;
}

// ICU's status names are for programmers; say what they mean.
std::string Explain(UErrorCode status) {
  switch (status) {
    case U_UNMATCHED_BRACES: return "a '{' has no matching '}'";
    case U_PATTERN_SYNTAX_ERROR: return "its braces or plural forms are not well formed";
    case U_ILLEGAL_ARGUMENT_ERROR: return "a placeholder is not well formed";
    default: return u_errorName(status);
  }
}

void CheckPattern(const SourceFile& source, const std::string& key, const YAML::Node& value,
                  const icu::Locale& locale, DiagnosticSink& sink) {
  UParseError parse_error{};
  UErrorCode status = U_ZERO_ERROR;
  icu::MessageFormat format(icu::UnicodeString::fromUTF8(value.Scalar()), locale, parse_error, status);
  if (U_SUCCESS(status)) return;
  sink.Report(DiagCode::E0704, PatternLocation(source, value.Mark(), parse_error.offset),
              "'" + key + "' is not a valid ICU message: " + Explain(status),
              "check that every '{' has its '}' and plural forms look like {count, plural, one {# day} other {# days}}");
}

}  // namespace

void CheckUiStrings(const SourceFile& source, const std::string& lang, DiagnosticSink& sink) {
  const char* shape_hint = "write one 'key: \"text\"' per line, as in the built-in locales/en/ui.yaml";
  YAML::Node root;
  try {
    root = YAML::Load(source.text());
  } catch (const YAML::ParserException& e) {
    sink.Report(DiagCode::E0703, YamlLocation(source, e.mark), "ui.yaml is not valid YAML: " + e.msg, shape_hint);
    return;
  }
  ReportDuplicateKeys(source, root, sink);
  if (root.IsNull()) return;
  if (!root.IsMap()) {
    sink.Report(DiagCode::E0703, SourceLocation{source.path(), 1, 1, 0}, "ui.yaml must map keys to strings",
                shape_hint);
    return;
  }
  icu::Locale locale;
  ParseLanguageTag(lang, &locale);
  std::vector<std::string> known = KnownKeys();
  for (auto it = root.begin(); it != root.end(); ++it) {
    std::string key = it->first.as<std::string>("");
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      std::string hint = DidYouMean(key, known);
      sink.Report(DiagCode::W0705, YamlLocation(source, it->first.Mark()), "unknown interface string '" + key + "'",
                  hint.empty() ? "the keys are listed under 'Interface strings' in docs/syntax.md" : hint);
      continue;
    }
    if (!it->second.IsScalar()) {
      sink.Report(DiagCode::E0703, YamlLocation(source, it->second.Mark()), "'" + key + "' must be one string",
                  shape_hint);
      continue;
    }
    CheckPattern(source, key, it->second, locale, sink);
  }
}

}  // namespace charterc
