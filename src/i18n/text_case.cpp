#include "i18n/text_case.h"

namespace charterc {

icu::UnicodeString LowerCaseUtf16(const std::string& text, const icu::Locale& locale) {
  icu::UnicodeString lower = icu::UnicodeString::fromUTF8(text);
  lower.toLower(locale);
  lower.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2019)), icu::UnicodeString("'"));
  return lower;
}

std::string LowerCase(const std::string& text, const icu::Locale& locale) {
  std::string out;
  LowerCaseUtf16(text, locale).toUTF8String(out);
  return out;
}

}  // namespace charterc
