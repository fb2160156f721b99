#include "i18n/language_tag.h"

#include <cstring>

#include <unicode/locid.h>

#include "i18n/locale_info.h"

namespace charterc {

namespace {

icu::UnicodeString Folded(const icu::UnicodeString& text) {
  icu::UnicodeString folded = text;
  return folded.foldCase().trim();
}

// ICU's list of ISO 639 codes (two letters, or three where there is no
// two-letter code) holds every language it can name.
bool IsIsoLanguage(const char* language) {
  for (const char* const* code = icu::Locale::getISOLanguages(); *code != nullptr; ++code) {
    if (std::strcmp(*code, language) == 0) return true;
  }
  return false;
}

// The language whose English name or own name (autonym) is `name`, compared
// without case: "german", "Deutsch" and "welsh" name de, de and cy.
std::string LanguageNamed(const std::string& name) {
  icu::UnicodeString wanted = Folded(icu::UnicodeString::fromUTF8(name));
  if (wanted.isEmpty()) return {};
  for (const char* const* code = icu::Locale::getISOLanguages(); *code != nullptr; ++code) {
    icu::Locale language(*code);
    icu::UnicodeString english, own;
    language.getDisplayLanguage(icu::Locale::getEnglish(), english);
    language.getDisplayLanguage(language, own);
    if (Folded(english) == wanted || Folded(own) == wanted) return *code;
    // "eng", "deu": the ISO 639-2 code of a language BCP 47 writes with two letters.
    if (Folded(icu::UnicodeString(language.getISO3Language())) == wanted) return *code;
  }
  return {};
}

}  // namespace

LanguageTagCheck CheckLanguageTag(const std::string& tag) {
  LanguageTagCheck check;
  icu::Locale locale;
  if (ParseLanguageTag(tag, &locale) && IsIsoLanguage(locale.getLanguage())) {
    check.known = true;
    check.canonical = CanonicalLanguageTag(locale);
    return check;
  }
  check.suggestion = LanguageNamed(tag);
  if (check.suggestion == tag) check.suggestion.clear();  // "und" names no language
  return check;
}

std::string LanguageTagHint(const LanguageTagCheck& check) {
  if (!check.suggestion.empty()) return "did you mean " + check.suggestion + "?";
  return "write a BCP 47 language tag, e.g. fr, cy, pt-BR or zh-Hans";
}

}  // namespace charterc
