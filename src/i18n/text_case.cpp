#include "i18n/text_case.h"

#include <unicode/unistr.h>

namespace charterc {

std::string LowerCase(const std::string& text, const icu::Locale& locale) {
  icu::UnicodeString lower = icu::UnicodeString::fromUTF8(text);
  lower.toLower(locale);
  lower.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2019)), icu::UnicodeString("'"));
  std::string out;
  lower.toUTF8String(out);
  return out;
}

}  // namespace charterc
