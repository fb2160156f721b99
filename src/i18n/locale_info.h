#pragma once
// Facts about a language tag that pages need: ICU locale, writing direction,
// the language's name in itself.

#include <string>

#include <unicode/locid.h>

namespace charterc {

// ICU locale for a BCP 47 tag such as "en", "cy" or "zh-Hans"; nothing when
// the tag is malformed.
bool ParseLanguageTag(const std::string& tag, icu::Locale* locale);
// The tag in its canonical BCP 47 spelling ("EN_gb" -> "en-GB"), which names
// output folders and the lang attribute.
std::string CanonicalLanguageTag(const icu::Locale& locale);

// "rtl" for right-to-left scripts (Arabic, Hebrew, ...), else "ltr".
std::string TextDirection(const icu::Locale& locale);
// The same for a BCP 47 tag; "ltr" when the tag is malformed.
std::string TextDirection(const std::string& tag);

// The language and script of `locale` without its region: en-GB -> en,
// zh-Hans-CN -> zh-Hans (a reader's language, as named to them).
icu::Locale LanguageAndScript(const icu::Locale& locale);

// Whether two BCP 47 tags name one language in one script, so text in one
// needs no lang attribute on a page in the other: en-GB and en do, zh and
// zh-Hans do, zh-Hans and zh-Hant do not. Malformed tags match only
// themselves. (MatchLocale answers another question: whether a reader of
// one is served by the other, and CLDR serves Welsh readers with English.)
bool SameLanguage(const std::string& a, const std::string& b);

// "English", "Cymraeg", "العربية": the language named in itself.
std::string NativeLanguageName(const icu::Locale& locale);

// A whole number in the locale's digits, without grouping: list and note
// numbers ("3", "٣").
std::string FormatCounter(int64_t number, const icu::Locale& locale);

// The CSS counter style that writes numbers in the locale's own digits
// ("decimal", "arabic-indic", "cjk-decimal"...), for page numbers the
// browser counts itself.
std::string CssCounterStyle(const icu::Locale& locale);

}  // namespace charterc
