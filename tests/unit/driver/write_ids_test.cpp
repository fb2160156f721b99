#include <doctest/doctest.h>

#include <sstream>

#include "driver/write_ids.h"

using namespace charterc;

TEST_CASE("--write-ids appends ids and keeps a byte-order mark and CRLF line endings") {
  MemoryFileSystem fs;
  fs.Add("p/charters/a.md",
         "\xEF\xBB\xBF---\r\ntitle: A\r\ntype: statement\r\n---\r\n\r\n2.1 We answer emails within 2 working days.  \r\n"
         "\r\n- We answer letters\r\n  within 5 working days.\r\n");
  DiagnosticSink sink;
  LoadedProject loaded = LoadProject(fs, "p", sink);
  std::ostringstream out;
  std::string error;
  CHECK(WriteImplicitIds(fs, loaded, out, &error) == 2);
  CHECK(error.empty());
  CHECK(fs.files().at("p/charters/a.md") ==
        "\xEF\xBB\xBF---\r\ntitle: A\r\ntype: statement\r\n---\r\n\r\n2.1 We answer emails within 2 working days. "
        "{#clause-2-1}\r\n\r\n- We answer letters\r\n  within 5 working days. {#we-answer-letters-within-5-working}\r\n");
  CHECK(out.str() == "wrote 2 ids into p/charters/a.md\n");
}

TEST_CASE("--write-ids leaves a document with a standards table alone") {
  MemoryFileSystem fs;
  std::string text =
      "---\ntitle: A\ntype: statement\n---\n\n- We answer letters within 5 working days.\n\n"
      "| Ref | Standard |\n| --- | --- |\n| S1 | Reservations within 3 working days |\n";
  fs.Add("p/charters/a.md", text);
  DiagnosticSink sink;
  LoadedProject loaded = LoadProject(fs, "p", sink);
  std::ostringstream out;
  std::string error;
  CHECK(WriteImplicitIds(fs, loaded, out, &error) == 0);
  CHECK(fs.files().at("p/charters/a.md") == text);
  CHECK(out.str().find("left p/charters/a.md as it is") == 0);
}

TEST_CASE("--write-ids keeps CR-only and NEL line ends, and puts ids on the lines charterc counted") {
  // Labelled by hand: the same two-commitment document as above, with each
  // of these line ends; the ids go at the end of the item's second line.
  for (const char* end : {"\r", "\xC2\x85", "\xE2\x80\xA8"}) {
    CAPTURE(std::string(end));
    std::string e(end);
    MemoryFileSystem fs;
    fs.Add("p/charters/a.md", "---" + e + "title: A" + e + "type: statement" + e + "---" + e + e +
                                  "- We answer letters" + e + "  within 5 working days." + e);
    DiagnosticSink sink;
    LoadedProject loaded = LoadProject(fs, "p", sink);
    std::ostringstream out;
    std::string error;
    CHECK(WriteImplicitIds(fs, loaded, out, &error) == 1);
    CHECK(fs.files().at("p/charters/a.md") ==
          "---" + e + "title: A" + e + "type: statement" + e + "---" + e + e + "- We answer letters" + e +
              "  within 5 working days. {#we-answer-letters-within-5-working}" + e);
  }
}
