#include <doctest/doctest.h>

#include "i18n/language_tag.h"
#include "i18n/locale_info.h"
#include "i18n/ui_strings.h"
#include "i18n/fact_formatter.h"
#include "base/file_system.h"

using namespace charterc;

TEST_CASE("language tags: well-formed tags of real languages are known, in their canonical spelling") {
  CHECK(CheckLanguageTag("de").canonical == "de");
  CHECK(CheckLanguageTag("EN-gb").canonical == "en-GB");
  CHECK(CheckLanguageTag("deu").canonical == "de");  // ICU maps ISO 639-2 to the BCP 47 tag
  CHECK(CheckLanguageTag("zh-Hans").canonical == "zh-Hans");
  CHECK(CheckLanguageTag("cy").known);
  CHECK(CheckLanguageTag("yue").known);  // three letters where ISO 639-1 has none
}

TEST_CASE("language tags: a language's name is not its tag, and the hint says which tag it is") {
  LanguageTagCheck german = CheckLanguageTag("german");
  CHECK_FALSE(german.known);
  CHECK(german.suggestion == "de");
  CHECK(LanguageTagHint(german) == "did you mean de?");
  CHECK(CheckLanguageTag("Deutsch").suggestion == "de");   // its own name
  CHECK(CheckLanguageTag("welsh").suggestion == "cy");
  CHECK(CheckLanguageTag("Cymraeg").suggestion == "cy");
  CHECK(CheckLanguageTag("français").suggestion == "fr");
}

TEST_CASE("language tags: nonsense is unknown, with a hint on how tags are written") {
  LanguageTagCheck check = CheckLanguageTag("qq");
  CHECK_FALSE(check.known);
  CHECK(check.suggestion.empty());
  CHECK(LanguageTagHint(check).find("BCP 47") != std::string::npos);
  CHECK_FALSE(CheckLanguageTag("").known);
  CHECK_FALSE(CheckLanguageTag("not a tag").known);
  CHECK(CheckLanguageTag("und").suggestion.empty());
}

TEST_CASE("numbering system: Arabic pages write CLDR's default digits unless the project chooses latn") {
  RealFileSystem fs;
  UiStrings arabic = UiStrings::Load(fs, "/nonexistent", "ar");
  // 14, not 2: Arabic writes two days as a dual word, "يومان", with no digit.
  Fact days;
  days.value = 14;
  days.unit = FactUnit::Day;
  CHECK(FormatFact(days, arabic).find("١٤") != std::string::npos);
  CHECK(CssCounterStyle(arabic.locale()) == "arabic-indic");
  CHECK(FormatCounter(12, arabic.locale()) == "١٢");
  arabic.UseNumberingSystem("latn");
  std::string latin = FormatFact(days, arabic);
  CHECK(latin.find("14") != std::string::npos);
  CHECK(latin.find("١٤") == std::string::npos);
  CHECK(CssCounterStyle(arabic.locale()) == "decimal");
  CHECK(FormatCounter(12, arabic.locale()) == "12");
  // "working days" comes from a MessageFormat plural, which follows too.
  Fact working = days;
  working.unit = FactUnit::WorkingDay;
  std::string working_days = FormatFact(working, arabic);
  CHECK(working_days.find("14") != std::string::npos);
  CHECK(working_days.find("١٤") == std::string::npos);
}
