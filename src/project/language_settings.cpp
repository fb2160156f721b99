#include "project/language_settings.h"

#include <cmath>

#include <exception>
#include <memory>
#include <optional>
#include <string>

#include <unicode/numsys.h>

#include "i18n/language_tag.h"
#include "i18n/locale_info.h"
#include "project/yaml_location.h"

namespace charterc {

namespace {

// The canonical tag, or nothing after an E0701 that says what was meant.
std::optional<std::string> ReadTag(const SourceFile& source, const YAML::Node& node, const char* key,
                                   DiagnosticSink& sink) {
  std::string tag = node.IsScalar() ? node.Scalar() : "";
  LanguageTagCheck check = CheckLanguageTag(tag);
  if (check.known) return check.canonical;
  sink.Report(DiagCode::E0701, YamlLocation(source, node.Mark()),
              "'" + tag + "' in " + key + " is not a language tag", LanguageTagHint(check));
  return std::nullopt;
}

// A numbering system ICU can write digits in ("latn", "arab", "deva"); the
// algorithmic ones (Roman numerals...) are not for facts.
bool IsDigitSystem(const std::string& name) {
  if (name == "default") return true;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::NumberingSystem> system(icu::NumberingSystem::createInstanceByName(name.c_str(), status));
  return U_SUCCESS(status) && system != nullptr && !system->isAlgorithmic();
}

void AddNumbering(const SourceFile& source, const YAML::Node& node, const std::string& lang, ProjectConfig* config,
                  DiagnosticSink& sink) {
  std::string name = node.IsScalar() ? node.Scalar() : "";
  if (!IsDigitSystem(name)) {
    sink.Report(DiagCode::E0701, YamlLocation(source, node.Mark()), "'" + name + "' is not a numbering system",
                "write latn (0-9), default (the language's own digits), or another CLDR numbering system such as arab");
    return;
  }
  config->numbers[lang] = name == "default" ? "" : name;
}

}  // namespace

void ReadLanguages(const SourceFile& source, const YAML::Node& node, ProjectConfig* config, DiagnosticSink& sink) {
  if (!node.IsSequence()) {
    sink.Report(DiagCode::E0701, YamlLocation(source, node.Mark()), "'languages' must be a list of language tags",
                "write e.g. languages: [cy, fr]; the source language is always published");
    return;
  }
  config->has_languages = true;
  for (const YAML::Node& item : node) {
    if (std::optional<std::string> tag = ReadTag(source, item, "languages", sink)) config->languages.push_back(*tag);
  }
}

void ReadMinTranslated(const SourceFile& source, const YAML::Node& node, ProjectConfig* config,
                       DiagnosticSink& sink) {
  std::string value = node.IsScalar() ? node.Scalar() : "";
  std::string number = !value.empty() && value.back() == '%' ? value.substr(0, value.size() - 1) : value;
  size_t used = 0;
  double percent = -1;
  try {
    percent = std::stod(number, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (number.empty() || used != number.size() || !std::isfinite(percent) || percent < 0 || percent > 100) {
    sink.Report(DiagCode::E0701, YamlLocation(source, node.Mark()),
                "min-translated must be a percentage from 0 to 100, not '" + value + "'",
                "write e.g. min-translated: 100 (every commitment and title translated, the default)");
    return;
  }
  config->min_translated = percent;
}

void ReadNumbers(const SourceFile& source, const YAML::Node& node, ProjectConfig* config, DiagnosticSink& sink) {
  if (node.IsScalar()) return AddNumbering(source, node, "", config, sink);
  if (!node.IsMap()) {
    sink.Report(DiagCode::E0701, YamlLocation(source, node.Mark()), "'numbers' must be a numbering system or a map",
                "write numbers: latn, or numbers: {ar: latn}");
    return;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    if (std::optional<std::string> lang = ReadTag(source, it->first, "numbers", sink)) {
      AddNumbering(source, it->second, *lang, config, sink);
    }
  }
}

std::string NumberingSystemFor(const ProjectConfig& config, const std::string& lang) {
  auto own = config.numbers.find(lang);
  if (own != config.numbers.end()) return own->second;
  // ar-EG follows what is chosen for ar.
  icu::Locale locale;
  if (ParseLanguageTag(lang, &locale)) {
    auto language = config.numbers.find(locale.getLanguage());
    if (language != config.numbers.end()) return language->second;
  }
  auto every = config.numbers.find("");
  return every != config.numbers.end() ? every->second : "";
}

}  // namespace charterc
