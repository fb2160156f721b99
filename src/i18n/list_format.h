#pragma once
// Lists joined the way the language joins them ("A, B and C", "A, B et
// C", "A、B和C"), with ICU's ListFormatter.

#include <string>
#include <vector>

#include <unicode/locid.h>

namespace charterc {

std::string FormatList(const std::vector<std::string>& items, const icu::Locale& locale);

}  // namespace charterc
