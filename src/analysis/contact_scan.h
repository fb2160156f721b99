#pragma once
// Email addresses and phone numbers written in a text, found by one plain
// scan. They used to be found with std::regex, whose matcher recurses once
// per character: a 40,000-character word in a translation overflowed the
// stack, and 20,000 took most of a minute. What is found is the same as
// those expressions found, left to right without overlap:
//   email  [A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}
//   phone  \+?\d[\d \-]{7,}\d
// (ASCII only, as written: bytes of other characters end a match.)

#include <string>
#include <string_view>
#include <vector>

namespace charterc {

std::vector<std::string> FindEmailAddresses(std::string_view text);
std::vector<std::string> FindPhoneNumbers(std::string_view text);  // as written, spaces and dashes kept

}  // namespace charterc
