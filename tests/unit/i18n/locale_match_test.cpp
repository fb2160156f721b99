#include <doctest/doctest.h>

#include <algorithm>

#include "base/file_system.h"
#include "i18n/locale_info.h"
#include "i18n/locale_match.h"
#include "i18n/ui_strings.h"

using namespace charterc;

TEST_CASE("LocaleMatcher serves regional tags from their language") {
  std::vector<std::string> shipped = {"ar", "cy", "en", "es", "fr", "zh-Hans"};
  CHECK(MatchLocale("fr-CA", shipped) == "fr");
  CHECK(MatchLocale("en-GB", shipped) == "en");
  CHECK(MatchLocale("es-MX", shipped) == "es");
  CHECK(MatchLocale("ar-EG", shipped) == "ar");
  CHECK(MatchLocale("zh-CN", shipped) == "zh-Hans");
  CHECK(MatchLocale("cy", shipped) == "cy");
}

TEST_CASE("Traditional Chinese is never served Simplified when Traditional exists") {
  std::vector<std::string> both = {"en", "zh-Hans", "zh-Hant"};
  CHECK(MatchLocale("zh-HK", both) == "zh-Hant");
  CHECK(MatchLocale("zh-TW", both) == "zh-Hant");
  CHECK(MatchLocale("zh", both) == "zh-Hans");
}

TEST_CASE("a language nobody ships matches nothing, so the caller falls back") {
  CHECK_FALSE(MatchLocale("de", {"en", "fr"}).has_value());
  CHECK_FALSE(MatchLocale("not a tag", {"en"}).has_value());
  CHECK_FALSE(MatchLocale("fr", {}).has_value());
}

TEST_CASE("a project's own locale folder joins the shipped ones") {
  MemoryFileSystem fs;
  fs.Add("p/locales/de/ui.yaml", "contents: \"Inhalt\"\n");
  std::vector<std::string> available = AvailableLocales(fs, "p", "ui.yaml");
  CHECK(std::find(available.begin(), available.end(), "de") != available.end());
  CHECK(std::find(available.begin(), available.end(), "fr") != available.end());
  UiStrings german = UiStrings::Load(fs, "p", "de-AT");
  CHECK(german.Format("contents") == "Inhalt");
  CHECK(german.Format("home") == "All documents");  // missing keys come from English
  UiStrings canadian = UiStrings::Load(fs, "p", "fr-CA");
  CHECK(canadian.Format("contents") == "Sommaire");
}

TEST_CASE("same language means language and script, not a reader's fallback") {
  CHECK(SameLanguage("en", "en-GB"));
  CHECK(SameLanguage("zh", "zh-Hans"));
  CHECK_FALSE(SameLanguage("zh-Hans", "zh-Hant"));
  // CLDR serves Welsh readers English (MatchLocale), but it is another language.
  CHECK_FALSE(SameLanguage("en", "cy"));
}
