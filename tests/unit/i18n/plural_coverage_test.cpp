#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <set>

#include <unicode/messagepattern.h>
#include <unicode/plurrule.h>

#include "i18n/locale_info.h"
#include "i18n/locale_match.h"
#include "i18n/ui_strings.h"
#include "resources/embedded.h"

using namespace charterc;

namespace {

// The selectors of every plural argument in `pattern` ("one", "few", "=0",
// ...), one set per argument.
std::vector<std::set<std::string>> PluralSelectors(const std::string& pattern) {
  UErrorCode status = U_ZERO_ERROR;
  icu::MessagePattern parsed(icu::UnicodeString::fromUTF8(pattern), nullptr, status);
  REQUIRE_MESSAGE(U_SUCCESS(status), pattern);
  std::vector<std::set<std::string>> arguments;
  std::vector<bool> open;  // per open argument: is it a plural?
  for (int32_t i = 0; i < parsed.countParts(); ++i) {
    const icu::MessagePattern::Part& part = parsed.getPart(i);
    UMessagePatternPartType type = part.getType();
    if (type == UMSGPAT_PART_TYPE_ARG_START) {
      bool plural = part.getArgType() == UMSGPAT_ARG_TYPE_PLURAL;
      open.push_back(plural);
      if (plural) arguments.emplace_back();
    } else if (type == UMSGPAT_PART_TYPE_ARG_LIMIT) {
      open.pop_back();
    } else if (type == UMSGPAT_PART_TYPE_ARG_SELECTOR && !open.empty() && open.back()) {
      std::string selector;
      parsed.getSubstring(part).toUTF8String(selector);
      arguments.back().insert(selector);
    }
  }
  return arguments;
}

std::set<std::string> PluralCategories(const std::string& lang) {
  icu::Locale locale;
  REQUIRE(ParseLanguageTag(lang, &locale));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(locale, status));
  REQUIRE(U_SUCCESS(status));
  std::unique_ptr<icu::StringEnumeration> keywords(rules->getKeywords(status));
  std::set<std::string> categories;
  while (const char* keyword = keywords->next(nullptr, status)) categories.insert(keyword);
  return categories;
}

}  // namespace

TEST_CASE("the six shipped locales are compiled in") {
  std::vector<std::string> shipped = ShippedLocales("ui.yaml");
  for (const char* lang : {"en", "fr", "cy", "es", "ar", "zh-Hans"}) {
    CAPTURE(lang);
    CHECK(std::find(shipped.begin(), shipped.end(), lang) != shipped.end());
    std::vector<std::string> lexicons = ShippedLocales("lexicon.yaml");
    CHECK(std::find(lexicons.begin(), lexicons.end(), lang) != lexicons.end());
  }
}

TEST_CASE("every plural message of every shipped locale has every plural category of its language") {
  // Welsh and Arabic need six (zero, one, two, few, many, other).
  CHECK(PluralCategories("cy").size() == 6);
  CHECK(PluralCategories("ar").size() == 6);
  int plural_messages = 0;
  for (const std::string& lang : ShippedLocales("ui.yaml")) {
    std::map<std::string, std::string> patterns;
    REQUIRE(UiStrings::ParsePatterns(std::string(*FindEmbeddedFile("locales/" + lang + "/ui.yaml")), &patterns));
    std::set<std::string> categories = PluralCategories(lang);
    // (Not a structured binding: clang 14, which builds the sanitizer suite,
    // cannot capture one, and CAPTURE takes the key by reference.)
    for (const auto& entry : patterns) {
      const std::string& key = entry.first;
      for (const std::set<std::string>& selectors : PluralSelectors(entry.second)) {
        ++plural_messages;
        for (const std::string& category : categories) {
          CAPTURE(lang);
          CAPTURE(key);
          CAPTURE(category);
          CHECK(selectors.count(category) == 1);
        }
      }
    }
  }
  CHECK(plural_messages >= 18);  // three plural messages in each of six locales
}

TEST_CASE("Welsh working days take the mutated form after 2") {
  MemoryFileSystem fs;
  UiStrings welsh = UiStrings::Load(fs, ".", "cy");
  CHECK(welsh.Format("working-days", {{"count", icu::Formattable(2)}}) == "2 ddiwrnod gwaith");
  CHECK(welsh.Format("working-days", {{"count", icu::Formattable(3)}}) == "3 diwrnod gwaith");
}
