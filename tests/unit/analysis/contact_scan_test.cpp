#include <doctest/doctest.h>

#include <random>
#include <regex>
#include <string>
#include <vector>

#include "analysis/contact_scan.h"

using namespace charterc;

namespace {

// The expressions the scan replaced, kept here (on short test strings only)
// as the definition of what it must find.
std::vector<std::string> RegexMatches(const std::string& text, const std::regex& expression) {
  std::vector<std::string> found;
  for (std::sregex_iterator it(text.begin(), text.end(), expression), end; it != end; ++it) found.push_back(it->str());
  return found;
}

const std::regex& EmailExpression() {
  static const std::regex kEmail(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})");
  return kEmail;
}

const std::regex& PhoneExpression() {
  static const std::regex kPhone(R"(\+?\d[\d \-]{7,}\d)");
  return kPhone;
}

}  // namespace

TEST_CASE("email addresses in a text") {
  CHECK(FindEmailAddresses("Write to library@example.ac.uk or help@x.org.") ==
        std::vector<std::string>{"library@example.ac.uk", "help@x.org"});
  CHECK(FindEmailAddresses("a@b@c.com") == std::vector<std::string>{"b@c.com"});
  CHECK(FindEmailAddresses("x@y.com@z.org").size() == 1);
  CHECK(FindEmailAddresses("a@b.cc.9x@d.com") == std::vector<std::string>{"a@b.cc", ".9x@d.com"});
  CHECK(FindEmailAddresses("no address @ here, nor user@host").empty());
  // Only ASCII before the '@': the bytes of "é" end the address.
  CHECK(FindEmailAddresses("caf\xC3\xA9@example.org").empty());
  CHECK(FindEmailAddresses("caf\xC3\xA9x@example.org") == std::vector<std::string>{"x@example.org"});
}

TEST_CASE("phone numbers in a text, as written") {
  CHECK(FindPhoneNumbers("Call 0113 496 0000 or +44 1632 960000.") ==
        std::vector<std::string>{"0113 496 0000", "+44 1632 960000"});
  CHECK(FindPhoneNumbers("In 2024 we had 120 visits").empty());
  CHECK(FindPhoneNumbers("12345678").empty());  // a digit, seven more, a digit: nine at least
  CHECK(FindPhoneNumbers("123456789") == std::vector<std::string>{"123456789"});
  CHECK(FindPhoneNumbers("1-2-3-4-5 - ") == std::vector<std::string>{"1-2-3-4-5"});
}

TEST_CASE("the scans find what the regular expressions they replaced found") {
  std::mt19937 random(20260901);
  const std::string alphabet = "ab1.@-+ %_09xz";
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    size_t length = std::uniform_int_distribution<size_t>(0, 40)(random);
    for (size_t k = 0; k < length; ++k) text += alphabet[random() % alphabet.size()];
    CHECK_MESSAGE(FindEmailAddresses(text) == RegexMatches(text, EmailExpression()), text);
    CHECK_MESSAGE(FindPhoneNumbers(text) == RegexMatches(text, PhoneExpression()), text);
  }
}

TEST_CASE("a 40,000-character word is scanned without recursion") {
  for (const std::string& word : {std::string(40000, 'a'), std::string(40000, '1'), std::string(20000, 'a') + "@" +
                                                                                        std::string(20000, 'b') + ".uk"}) {
    std::vector<std::string> emails = FindEmailAddresses(word);
    std::vector<std::string> phones = FindPhoneNumbers(word);
    CHECK(emails.size() <= 1);
    CHECK(phones.size() <= 1);
  }
  CHECK(FindPhoneNumbers(std::string(40000, '1')).at(0).size() == 40000);
}
