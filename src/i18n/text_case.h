#pragma once
// Case-insensitive matching of words in the document's language, with ICU
// (so "İ" and "ß" behave as the language expects).

#include <string>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace charterc {

// `text` lower-cased by the rules of `locale`; ’ becomes ' so "d’" matches "d'".
std::string LowerCase(const std::string& text, const icu::Locale& locale);
// The same, as UTF-16, for scanners that read it so.
icu::UnicodeString LowerCaseUtf16(const std::string& text, const icu::Locale& locale);

}  // namespace charterc
