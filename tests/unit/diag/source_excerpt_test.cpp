#include "diag/source_excerpt.h"

#include <doctest/doctest.h>

#include "diag/diagnostic_grouping.h"
#include "diag/diagnostic_sink.h"

using namespace charterc;

// Expected values below are worked out by hand from the rule in
// source_excerpt.h: a window of `width` code points, the caret a third in.
TEST_CASE("an excerpt shorter than the width is the whole line") {
  SourceExcerpt e = ExcerptAround("short line", 7, 4, 80);
  CHECK(e.text == "short line");
  CHECK(e.caret_column == 7);
  CHECK(e.caret_length == 4);
}

TEST_CASE("a long line is cut around the caret with an ellipsis") {
  // 26 letters, width 10, caret on 't' (column 20): the window starts 3
  // before it, at 'q' (16th, 0-based), which becomes '…'.
  SourceExcerpt e = ExcerptAround("abcdefghijklmnopqrstuvwxyz", 20, 2, 10);
  CHECK(e.text == "\xE2\x80\xA6rstuvwxyz");
  CHECK(e.caret_column == 4);  // …, r, s, t
  CHECK(e.caret_length == 2);
}

TEST_CASE("cuts fall between characters, never inside one") {
  std::string line;
  for (int i = 0; i < 20; ++i) line += "\xC3\xA9";  // é
  line += "X";
  SourceExcerpt e = ExcerptAround(line, 21, 1, 10);
  std::string expected = "\xE2\x80\xA6";
  for (int i = 0; i < 8; ++i) expected += "\xC3\xA9";
  CHECK(e.text == expected + "X");
  CHECK(e.caret_column == 10);
}

TEST_CASE("the underline stops at the cut, and bytes and escapes are replaced") {
  SourceExcerpt e = ExcerptAround(std::string(200, 'a'), 1, 500, 20);
  CHECK(e.caret_length == 19);  // the 20th code point is the '…'
  e = ExcerptAround("a\x1b[1mb\xFF", 1, 1, 80);
  CHECK(e.text == "a\xEF\xBF\xBD[1mb\xEF\xBF\xBD");
}

TEST_CASE("repeats of one code on one line fold; distinct messages keep three") {
  auto at = [](int line, int column) { return SourceLocation{"charters/a.md", line, column, 1}; };
  std::vector<Diagnostic> list;
  for (int i = 1; i <= 3; ++i) list.push_back({DiagCode::W0602, Severity::Warning, at(3, i), "raw HTML", ""});
  list.push_back({DiagCode::W0602, Severity::Warning, at(4, 1), "raw HTML", ""});
  for (char name : std::string("abcde"))
    list.push_back({DiagCode::E0501, Severity::Error, at(5, 1), std::string("fact ") + name, ""});
  std::vector<Diagnostic> grouped = GroupRepeatsOnLine(list);
  REQUIRE(grouped.size() == 5);
  CHECK(grouped[0].more_on_line == 2);
  CHECK(MessageWithRepeats(grouped[0]) == "raw HTML (and 2 more like this on this line)");
  CHECK(grouped[1].more_on_line == 0);
  CHECK(grouped[4].message == "fact c");
  CHECK(grouped[4].more_on_line == 2);  // d and e
}

TEST_CASE("a reported message is valid UTF-8 and at most 500 code points") {
  DiagnosticSink sink;
  sink.Report(DiagCode::E0301, {"a.md", 1, 1, 1}, "unexpected '\xC2' " + std::string(1000, 'x'));
  std::string message = sink.Sorted().at(0).message;
  CHECK(message.rfind("unexpected '\xEF\xBF\xBD' xxx", 0) == 0);
  CHECK(message.size() == 499 + 2 + 3);  // 499 code points (3 bytes, then ASCII) and "…"
}
