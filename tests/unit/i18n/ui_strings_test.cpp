#include <doctest/doctest.h>

#include <set>

#include "base/file_system.h"
#include "i18n/locale_info.h"
#include "i18n/ui_strings.h"
#include "resources/embedded.h"

using namespace charterc;

TEST_CASE("every shipped locale defines every English key") {
  std::map<std::string, std::string> english;
  REQUIRE(UiStrings::ParsePatterns(std::string(*FindEmbeddedFile("locales/en/ui.yaml")), &english));
  REQUIRE_FALSE(english.empty());
  int locales = 0;
  for (const EmbeddedFile& file : EmbeddedFiles()) {
    std::string path(file.path);
    bool ui_strings = path.size() > 8 && path.compare(path.size() - 8, 8, "/ui.yaml") == 0;
    if (path.rfind("locales/", 0) != 0 || !ui_strings) continue;
    ++locales;
    std::map<std::string, std::string> patterns;
    CAPTURE(path);
    REQUIRE(UiStrings::ParsePatterns(std::string(file.data), &patterns));
    for (const auto& entry : english) {
      const std::string& key = entry.first;  // (clang 14 cannot CAPTURE a structured binding)
      CAPTURE(key);
      CHECK(patterns.count(key) == 1);
    }
  }
  CHECK(locales >= 1);
}

TEST_CASE("a project's own strings win over the built-in ones") {
  MemoryFileSystem fs;
  fs.Add("p/locales/en/ui.yaml", "contents: \"On this page\"\n");
  UiStrings strings = UiStrings::Load(fs, "p", "en");
  CHECK(strings.Format("contents") == "On this page");
  CHECK(strings.Format("skip-to-content") == "Skip to main content");
}

TEST_CASE("plural messages take named arguments") {
  MemoryFileSystem fs;
  UiStrings strings = UiStrings::Load(fs, ".", "en");
  CHECK(strings.Format("commitment-count", {{"count", icu::Formattable(1)}}) == "1 commitment");
  CHECK(strings.Format("commitment-count", {{"count", icu::Formattable(15)}}) == "15 commitments");
}

TEST_CASE("writing direction comes from the script") {
  icu::Locale locale;
  REQUIRE(ParseLanguageTag("ar", &locale));
  CHECK(TextDirection(locale) == "rtl");
  REQUIRE(ParseLanguageTag("cy", &locale));
  CHECK(TextDirection(locale) == "ltr");
  CHECK(NativeLanguageName(locale) == "Cymraeg");
  CHECK_FALSE(ParseLanguageTag("not a tag!", &locale));
}
