#include <doctest/doctest.h>

#include "i18n/line_wrap.h"

using namespace charterc;

TEST_CASE("lines break between words and never pass the width") {
  std::string text = "We answer emails and web enquiries within 2 working days, including those that need help.";
  std::vector<std::string> lines = WrapText(text, icu::Locale("en"), 30);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "We answer emails and web");
  for (const std::string& line : lines) CHECK(ColumnWidth(line) <= 30);
}

TEST_CASE("Chinese breaks between characters, each two columns wide") {
  std::string text = "我们在两个工作日内回复电子邮件和网上咨询。";
  CHECK(ColumnWidth(text) == 42);
  std::vector<std::string> lines = WrapText(text, icu::Locale("zh"), 20);
  REQUIRE(lines.size() == 3);
  CHECK(ColumnWidth(lines[0]) == 20);
  CHECK(lines[2].rfind("。") != std::string::npos);  // punctuation does not start a line
}

TEST_CASE("a forced break ends the line; a word longer than the width stays whole") {
  std::vector<std::string> lines = WrapText("one\ntwo", icu::Locale("en"), 72);
  REQUIRE(lines.size() == 2);
  CHECK(lines[1] == "two");
  lines = WrapText("see Donaudampfschifffahrtsgesellschaft now", icu::Locale("de"), 20);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "see");
  CHECK(lines[1] == "Donaudampfschifffahrtsgesellschaft");
}

TEST_CASE("combining marks take no column") {
  CHECK(ColumnWidth("e\xCC\x81") == 1);  // e + combining acute
  CHECK(ColumnWidth("مرحبا") == 5);
}

TEST_CASE("a line ended by a forced break keeps its own text") {
  // The trimmed segment once aliased a string that had died: the short last
  // word before a break came out as stray bytes (the Welsh plain-text
  // edition's owner line).
  std::vector<std::string> lines = WrapText(
      "Perchennog: Pennaeth Gwasanaethau Cwsmeriaid, Llyfrgell Prifysgol Northfield\n"
      "Adolygwyd ddiwethaf: 1 Medi 2026\nNesaf: 2027",
      icu::Locale("cy"), 72);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "Perchennog: Pennaeth Gwasanaethau Cwsmeriaid, Llyfrgell Prifysgol");
  CHECK(lines[1] == "Northfield");
  CHECK(lines[2] == "Adolygwyd ddiwethaf: 1 Medi 2026");
  CHECK(lines[3] == "Nesaf: 2027");
}
