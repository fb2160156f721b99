#pragma once
// How the target reader scans a promise's text (UTF-16, lower case): what
// is a word character in scripts with and without spaces, the locale's
// number format and month names, and the numbers that are never targets
// (phone numbers, clause numbers such as 4.2.1, times of day, ordinals).

#include <string>
#include <vector>

#include <unicode/locid.h>
#include <unicode/numfmt.h>
#include <unicode/unistr.h>

namespace charterc {

constexpr UChar kFactMarker = 0xFDD1;  // a noncharacter: stands for one {{ fact }}

bool IsWordChar(UChar32 c);
// Scripts written without spaces between words (Chinese, Japanese, Thai,
// ...): a number or phrase may touch the characters around it ("在20秒内").
bool IsUnspaced(UChar32 c);
// Whether `before` and `after` are two letters of one word, so that no
// word may start or end between them.
bool InsideWord(UChar32 before, UChar32 after);
bool IsSpace(UChar32 c);
bool IsWordAt(const icu::UnicodeString& text, int32_t i);
int32_t SkipSpaces(const icu::UnicodeString& text, int32_t i);
std::string Utf8(const icu::UnicodeString& text);

// One per locale and thread; null on failure.
const icu::NumberFormat* NumberFormatFor(const icu::Locale& locale);
// The language's month names, wide and abbreviated, lower case.
const std::vector<icu::UnicodeString>& MonthNamesFor(const icu::Locale& locale);

// Numbers that are never targets, read where a number ends at `end` (or,
// for a phone number, starts at `i`).
int32_t PhoneNumberEnd(const icu::UnicodeString& text, int32_t i);  // its end, or `i`
bool IsClauseNumber(const icu::UnicodeString& text, int32_t end);
bool IsTimeOfDay(const icu::UnicodeString& text, int32_t end);
bool IsOrdinal(const icu::UnicodeString& text, int32_t end);
int32_t SkipNumberTail(const icu::UnicodeString& text, int32_t end);

}  // namespace charterc
