#include "i18n/locale_info.h"

#include <unicode/localebuilder.h>
#include <unicode/numberformatter.h>
#include <unicode/numsys.h>

#include <map>
#include <memory>
#include <string_view>

namespace charterc {

bool ParseLanguageTag(const std::string& tag, icu::Locale* locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale parsed = icu::Locale::forLanguageTag(tag, status);
  if (U_FAILURE(status) || parsed.isBogus() || std::string(parsed.getLanguage()).empty()) return false;
  *locale = parsed;
  return true;
}

std::string CanonicalLanguageTag(const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::string tag = locale.toLanguageTag<std::string>(status);
  return U_FAILURE(status) ? std::string(locale.getName()) : tag;
}

std::string TextDirection(const icu::Locale& locale) {
  // isRightToLeft() needs the script, which likely-subtags supply ("ar" -> Arab).
  icu::Locale maximized = locale;
  UErrorCode status = U_ZERO_ERROR;
  maximized.addLikelySubtags(status);
  return maximized.isRightToLeft() ? "rtl" : "ltr";
}

icu::Locale LanguageAndScript(const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale result =
      icu::LocaleBuilder().setLanguage(locale.getLanguage()).setScript(locale.getScript()).build(status);
  return U_FAILURE(status) ? locale : result;
}

std::string TextDirection(const std::string& tag) {
  icu::Locale locale;
  return ParseLanguageTag(tag, &locale) ? TextDirection(locale) : "ltr";
}

bool SameLanguage(const std::string& a, const std::string& b) {
  icu::Locale first, second;
  if (!ParseLanguageTag(a, &first) || !ParseLanguageTag(b, &second)) return a == b;
  UErrorCode status = U_ZERO_ERROR;
  first.addLikelySubtags(status);
  second.addLikelySubtags(status);
  return std::string_view(first.getLanguage()) == second.getLanguage() &&
         std::string_view(first.getScript()) == second.getScript();
}

std::string NativeLanguageName(const icu::Locale& locale) {
  icu::UnicodeString name;
  locale.getDisplayName(locale, name);
  std::string out;
  name.toUTF8String(out);
  return out;
}

std::string FormatCounter(int64_t number, const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString formatted = icu::number::NumberFormatter::withLocale(locale)
                                     .grouping(UNUM_GROUPING_OFF)
                                     .formatInt(number, status)
                                     .toString(status);
  std::string out;
  if (U_FAILURE(status)) return std::to_string(number);
  formatted.toUTF8String(out);
  return out;
}

std::string CssCounterStyle(const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::NumberingSystem> system(icu::NumberingSystem::createInstance(locale, status));
  if (U_FAILURE(status) || system->isAlgorithmic()) return "decimal";
  // ICU's numbering system names against CSS Counter Styles Level 3.
  static const std::map<std::string, std::string> kCssNames = {
      {"arab", "arabic-indic"}, {"arabext", "persian"}, {"beng", "bengali"},  {"deva", "devanagari"},
      {"gujr", "gujarati"},     {"guru", "gurmukhi"},   {"hanidec", "cjk-decimal"}, {"khmr", "khmer"},
      {"knda", "kannada"},      {"laoo", "lao"},        {"mlym", "malayalam"},  {"mymr", "myanmar"},
      {"orya", "oriya"},        {"tamldec", "tamil"},   {"telu", "telugu"},     {"thai", "thai"},
      {"tibt", "tibetan"}};
  auto found = kCssNames.find(system->getName());
  return found != kCssNames.end() ? found->second : "decimal";
}

}  // namespace charterc
