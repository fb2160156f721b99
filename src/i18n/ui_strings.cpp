#include "i18n/ui_strings.h"

#include <unicode/msgfmt.h>
#include <yaml-cpp/yaml.h>

#include "i18n/locale_info.h"
#include "i18n/locale_match.h"
#include "resources/embedded.h"

namespace charterc {

namespace {

// Patterns of `lang` from the project (if it has them) or the binary.
std::map<std::string, std::string> PatternsFor(const FileSystem& fs, const std::string& root, const std::string& lang) {
  std::map<std::string, std::string> patterns;
  std::string relative = "locales/" + lang + "/ui.yaml";
  std::string text, error;
  if (fs.ReadFile(JoinPath(root, relative), &text, &error)) UiStrings::ParsePatterns(text, &patterns);
  // Keys the project does not override come from the binary.
  if (std::optional<std::string_view> embedded = FindEmbeddedFile(relative)) {
    std::map<std::string, std::string> built_in;
    UiStrings::ParsePatterns(std::string(*embedded), &built_in);
    patterns.merge(built_in);
  }
  return patterns;
}

}  // namespace

bool UiStrings::ParsePatterns(const std::string& yaml, std::map<std::string, std::string>* patterns) {
  try {
    YAML::Node root = YAML::Load(yaml);
    if (!root.IsMap()) return false;
    for (auto it = root.begin(); it != root.end(); ++it) {
      (*patterns)[it->first.as<std::string>()] = it->second.as<std::string>();
    }
    return true;
  } catch (const YAML::Exception&) {
    return false;
  }
}

UiStrings UiStrings::Load(const FileSystem& fs, const std::string& project_root, const std::string& lang) {
  UiStrings strings;
  ParseLanguageTag(lang, &strings.locale_);
  // The locale folder that serves `lang` (fr-CA -> fr, zh-HK -> zh-Hant),
  // then English for any key it lacks.
  std::vector<std::string> chain;
  if (std::optional<std::string> match = MatchLocale(lang, AvailableLocales(fs, project_root, "ui.yaml"))) {
    chain.push_back(*match);
  }
  if (chain.empty() || chain.front() != "en") chain.push_back("en");
  for (const std::string& folder : chain) {
    for (auto& [key, pattern] : PatternsFor(fs, project_root, folder)) strings.patterns_.emplace(key, pattern);
  }
  return strings;
}

void UiStrings::UseNumberingSystem(const std::string& system) {
  if (system.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  locale_.setKeywordValue("numbers", system.c_str(), status);
}

std::string UiStrings::Format(std::string_view key, const Args& args) const {
  auto it = patterns_.find(std::string(key));
  if (it == patterns_.end()) return std::string(key);
  UErrorCode status = U_ZERO_ERROR;
  icu::MessageFormat format(icu::UnicodeString::fromUTF8(it->second), locale_, status);
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  for (const auto& [name, value] : args) {
    names.push_back(icu::UnicodeString::fromUTF8(name));
    values.push_back(value);
  }
  icu::UnicodeString result;
  format.format(names.data(), values.data(), static_cast<int32_t>(values.size()), result, status);
  if (U_FAILURE(status)) return it->second;
  std::string out;
  result.toUTF8String(out);
  return out;
}

}  // namespace charterc
