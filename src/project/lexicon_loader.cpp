#include "project/lexicon_loader.h"

#include <map>
#include <memory>
#include <mutex>

#include <yaml-cpp/yaml.h>

#include "analysis/lexicon_phrases.h"
#include "base/source_file.h"
#include "i18n/locale_info.h"
#include "i18n/text_case.h"
#include "project/yaml_duplicate_keys.h"
#include "project/yaml_location.h"
#include "resources/embedded.h"

namespace charterc {

namespace {

constexpr const char* kShapeHint = "see locales/en/lexicon.yaml for the shape: lists of phrases under units, "
                                   "periods, hedges, vague and share-markers";

// Phrases are stored lower case (by the rules of the lexicon's language),
// so readers compare them with lower-cased text without redoing it.
// Phrases are lower-cased, as text is when matched against them; the
// abbreviations are not ("Dr." and "dr." are told apart by the iterator).
bool ReadList(const SourceFile& source, const YAML::Node& node, const icu::Locale& locale,
              std::vector<std::string>* out, DiagnosticSink& sink, bool lower_case = true) {
  if (!node) return true;
  if (!node.IsSequence()) {
    sink.Report(DiagCode::E0708, YamlLocation(source, node.Mark()), "expected a list of phrases", kShapeHint);
    return false;
  }
  for (const YAML::Node& item : node) {
    if (!item.IsScalar() || item.Scalar().empty()) {
      sink.Report(DiagCode::E0708, YamlLocation(source, item.Mark()), "each phrase must be a piece of text",
                  kShapeHint);
      return false;
    }
    out->push_back(lower_case ? LowerCase(item.Scalar(), locale) : item.Scalar());
  }
  return true;
}

// number-words: {a dozen: 12, deg: 10}
bool ReadNumberWords(const SourceFile& source, const YAML::Node& node, const icu::Locale& locale, Lexicon* lexicon,
                     DiagnosticSink& sink) {
  if (!node) return true;
  if (!node.IsMap()) {
    sink.Report(DiagCode::E0708, YamlLocation(source, node.Mark()), "'number-words' maps phrases to numbers",
                "e.g. number-words: {a dozen: 12}");
    return false;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    double value = 0;
    if (!YAML::convert<double>::decode(it->second, value)) {
      sink.Report(DiagCode::E0708, YamlLocation(source, it->second.Mark()), "expected a number",
                  "e.g. number-words: {a dozen: 12}");
      return false;
    }
    lexicon->number_words[LowerCase(it->first.as<std::string>(""), locale)] = value;
  }
  return true;
}

// placeholders: {time: within N working days, period: ", measured each month"}
bool ReadPlaceholders(const SourceFile& source, const YAML::Node& node, Lexicon* lexicon, DiagnosticSink& sink) {
  if (!node) return true;
  if (!node.IsMap()) {
    sink.Report(DiagCode::E0708, YamlLocation(source, node.Mark()), "'placeholders' maps time, period, unit and "
                "quality to the words a rewrite hint fills in", "e.g. placeholders: {time: within N working days}");
    return false;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    lexicon->placeholders[it->first.as<std::string>("")] = it->second.as<std::string>("");
  }
  return true;
}

// quantity-phrases: {half an hour: 0.5 hour, a fortnight: 2 week}
bool ReadQuantityPhrases(const SourceFile& source, const YAML::Node& node, const icu::Locale& locale,
                         Lexicon* lexicon, DiagnosticSink& sink) {
  if (!node) return true;
  constexpr const char* kHint = "e.g. quantity-phrases: {half an hour: 0.5 hour, a fortnight: 2 week}";
  if (!node.IsMap()) {
    sink.Report(DiagCode::E0708, YamlLocation(source, node.Mark()), "'quantity-phrases' maps phrases to quantities",
                kHint);
    return false;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    std::string quantity = it->second.as<std::string>("");
    size_t space = quantity.find(' ');
    Lexicon::QuantityPhrase phrase;
    try {
      phrase.value = std::stod(quantity.substr(0, space));
    } catch (const std::exception&) {
      space = std::string::npos;
    }
    if (space == std::string::npos || !lexicon->units.count(quantity.substr(space + 1))) {
      sink.Report(DiagCode::E0708, YamlLocation(source, it->second.Mark()),
                  "expected a number and a unit of this lexicon, e.g. '0.5 hour'", kHint);
      return false;
    }
    phrase.unit = quantity.substr(space + 1);
    lexicon->quantity_phrases[LowerCase(it->first.as<std::string>(""), locale)] = phrase;
  }
  return true;
}

}  // namespace

std::optional<Lexicon> ParseLexicon(const SourceFile& source, const std::string& lang, DiagnosticSink& sink) {
  YAML::Node root;
  try {
    root = YAML::Load(source.text());
  } catch (const YAML::Exception& e) {
    sink.Report(DiagCode::E0708, YamlLocation(source, e.mark), "lexicon is not valid YAML: " + e.msg, kShapeHint);
    return std::nullopt;
  }
  ReportDuplicateKeys(source, root, sink);
  if (!root.IsMap()) {
    sink.Report(DiagCode::E0708, SourceLocation{source.path(), 1, 1, 0}, "a lexicon maps sections to phrases",
                kShapeHint);
    return std::nullopt;
  }
  Lexicon lexicon;
  lexicon.lang = lang;
  icu::Locale locale;
  ParseLanguageTag(lang, &locale);
  bool ok = true;
  if (const YAML::Node units = root["units"]) {
    if (!units.IsMap()) {
      sink.Report(DiagCode::E0708, YamlLocation(source, units.Mark()), "'units' maps unit names to phrases",
                  kShapeHint);
      return std::nullopt;
    }
    for (auto it = units.begin(); it != units.end(); ++it) {
      ok = ReadList(source, it->second, locale, &lexicon.units[it->first.as<std::string>("")], sink) && ok;
    }
  }
  using List = std::vector<std::string> Lexicon::*;
  static const std::pair<const char*, List> kLists[] = {
      {"periods", &Lexicon::periods},         {"events", &Lexicon::events},
      {"hedges", &Lexicon::hedges},           {"vague", &Lexicon::vague},
      {"vague-speed", &Lexicon::vague_speed},
      {"share-markers", &Lexicon::share_markers}, {"promise-starts", &Lexicon::promise_starts},
      {"promise-markers", &Lexicon::promise_markers}, {"lead-ins", &Lexicon::lead_ins},
      {"passive-markers", &Lexicon::passive_markers}, {"promise-endings", &Lexicon::promise_endings},
      {"not-promises", &Lexicon::not_promises}, {"obligations", &Lexicon::obligations},
      {"notes-headings", &Lexicon::notes_headings}, {"frequencies", &Lexicon::frequencies},
      {"exclusions", &Lexicon::exclusions},   {"not-counted", &Lexicon::not_counted},
      {"share-of", &Lexicon::share_of},      {"ordinal-limits", &Lexicon::ordinal_limits},
      {"status-met", &Lexicon::status_met},   {"status-not-met", &Lexicon::status_not_met}};
  static const std::pair<const char*, List> kColumns[] = {
      {"ref", &Lexicon::ref_columns},       {"standard", &Lexicon::standard_columns},
      {"target", &Lexicon::target_columns}, {"result", &Lexicon::result_columns},
      {"status", &Lexicon::status_columns}, {"period", &Lexicon::period_columns}};
  for (const auto& [key, list] : kLists) ok = ReadList(source, root[key], locale, &(lexicon.*list), sink) && ok;
  ok = ReadList(source, root["abbreviations"], locale, &lexicon.abbreviations, sink, false) && ok;
  if (const YAML::Node columns = root["table-columns"]) {
    if (!columns.IsMap()) {
      sink.Report(DiagCode::E0708, YamlLocation(source, columns.Mark()), "'table-columns' maps column kinds to phrases",
                  kShapeHint);
      return std::nullopt;
    }
    for (const auto& [key, list] : kColumns) ok = ReadList(source, columns[key], locale, &(lexicon.*list), sink) && ok;
  }
  ok = ReadNumberWords(source, root["number-words"], locale, &lexicon, sink) && ok;
  ok = ReadQuantityPhrases(source, root["quantity-phrases"], locale, &lexicon, sink) && ok;
  ok = ReadPlaceholders(source, root["placeholders"], &lexicon, sink) && ok;
  if (!ok) return std::nullopt;
  lexicon.phrases = std::make_shared<const LexiconPhrases>(lexicon);
  return lexicon;
}

std::optional<Lexicon> BuiltInLexicon(const std::string& lang) {
  // Embedded files never change, so each is parsed once per process: `serve`
  // and the fuzz harnesses load a project again and again, and parsing the
  // YAML was a quarter of a harness's run.
  static std::mutex mutex;
  static std::map<std::string, std::optional<Lexicon>> parsed;
  std::lock_guard lock(mutex);
  auto found = parsed.find(lang);
  if (found != parsed.end()) return found->second;
  std::string relative = "locales/" + lang + "/lexicon.yaml";
  std::optional<Lexicon> lexicon;
  if (std::optional<std::string_view> embedded = FindEmbeddedFile(relative)) {
    DiagnosticSink unused;  // built-in lexicons are checked by the unit tests
    lexicon = ParseLexicon(SourceFile(relative, std::string(*embedded)), lang, unused);
  }
  return parsed.emplace(lang, std::move(lexicon)).first->second;
}

}  // namespace charterc
