#include "i18n/list_format.h"

#include <memory>

#include <unicode/listformatter.h>

namespace charterc {

std::string FormatList(const std::vector<std::string>& items, const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::ListFormatter> formatter(
      icu::ListFormatter::createInstance(locale, ULISTFMT_TYPE_AND, ULISTFMT_WIDTH_WIDE, status));
  std::vector<icu::UnicodeString> unicode;
  for (const std::string& item : items) unicode.push_back(icu::UnicodeString::fromUTF8(item));
  icu::UnicodeString joined;
  if (U_SUCCESS(status)) formatter->format(unicode.data(), static_cast<int32_t>(unicode.size()), joined, status);
  std::string out;
  if (U_FAILURE(status)) {
    for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
  }
  joined.toUTF8String(out);
  return out;
}

}  // namespace charterc
