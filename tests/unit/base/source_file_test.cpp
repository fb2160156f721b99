#include <doctest/doctest.h>

#include "base/source_file.h"

using charterc::SourceFile;

TEST_CASE("SourceFile maps offsets to 1-based lines and code-point columns") {
  SourceFile source("a.md", "first\nsecond café x\nthird");
  CHECK(source.LineCount() == 3);
  CHECK(source.Line(2) == "second café x");
  auto at = source.LocationOf(source.LineStart(2) + std::string("second café ").size());
  CHECK(at.line == 2);
  CHECK(at.column == 13);  // "é" is one column, not two bytes
  CHECK(source.Line(4).empty());
}

TEST_CASE("SourceFile::Find locates text on a line, with its length") {
  SourceFile source("a.md", "- We answer {#email refs=\"x\"}\n");
  auto at = source.Find(1, "#email");
  CHECK(at.column == 14);
  CHECK(at.length == 6);
  auto missing = source.Find(1, "nothing");
  CHECK(missing.column == 1);
}

TEST_CASE("SourceFile reports the first invalid UTF-8 byte") {
  CHECK_FALSE(SourceFile("a", "caf\xc3\xa9").FirstInvalidUtf8().has_value());
  auto bad = SourceFile("a", "ok\ncaf\xe9!").FirstInvalidUtf8();
  REQUIRE(bad.has_value());
  CHECK(*bad == 6);
}

TEST_CASE("Windows line endings are not part of a line") {
  SourceFile source("a", "one\r\ntwo\r\n");
  CHECK(source.Line(1) == "one");
  CHECK(source.LineCount() == 2);
}

TEST_CASE("a byte-order mark is not content and takes no column") {
  SourceFile source("a.md", "\xEF\xBB\xBF---\ntitle: A\n");
  CHECK(source.Line(1) == "---");
  CHECK(source.Find(2, "A").column == 8);
}

TEST_CASE("SourceFile::Find searches from a byte, and ByteInLine inverts a location") {
  SourceFile source("a.md", "é #x and #x\n");
  auto second = source.Find(1, "#x", 4);
  CHECK(second.column == 10);
  CHECK(source.ByteInLine(second) == 10);
}

TEST_CASE("every line end is one LF: CR, CRLF, NEL, LS, PS, VT and FF") {
  // Labelled by hand: four lines "a", "b", "c", "d" in each spelling.
  for (const char* end : {"\n", "\r\n", "\r", "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9", "\x0B", "\x0C"}) {
    CAPTURE(std::string(end));
    std::string e(end);
    SourceFile source("a.md", "a" + e + "b" + e + "c" + e + "d");
    CHECK(source.text() == "a\nb\nc\nd");
    CHECK(source.LineCount() == 4);
    CHECK(source.Line(3) == "c");
    CHECK(source.LocationOf(source.LineStart(4)).line == 4);
  }
}

TEST_CASE("a CR-only file has its lines, and columns count from each line's start") {
  SourceFile source("a.md", "---\rtitle: A\r---\r- caf\xC3\xA9 {#x}\r");
  CHECK(source.LineCount() == 4);
  CHECK(source.Line(4) == "- caf\xC3\xA9 {#x}");
  CHECK(source.Find(4, "{#x}").column == 8);
  CHECK(source.unusual_line_ends().count == 0);  // CR is an ordinary line end
}

TEST_CASE("line ends editors may not show are counted, with the first one's line") {
  SourceFile source("a.md", "one\ntwo\xE2\x80\xA8three\x0B" "four\xC2\x85");
  CHECK(source.LineCount() == 4);
  CHECK(source.unusual_line_ends().count == 3);
  CHECK(source.unusual_line_ends().first_line == 2);
  CHECK(source.unusual_line_ends().first == 0x2028);
  // A lone 0x85 byte is not NEL but invalid UTF-8, and stays for E0102.
  SourceFile lone("b.md", "x\x85y");
  CHECK(lone.LineCount() == 1);
  CHECK(lone.FirstInvalidUtf8().has_value());
}
