#include <doctest/doctest.h>

#include "base/file_system.h"
#include "project/input_guard.h"

using namespace charterc;

TEST_CASE("each kind of input has its size limit") {
  CHECK(InputLimitFor("charters/a.md").max_bytes == 4u << 20);
  CHECK(InputLimitFor("charterc.yaml").max_bytes == 1u << 20);
  CHECK(InputLimitFor("locales/fr/a.xlf").max_bytes == 16u << 20);
  CHECK(InputLimitFor("locales/fr/a.po").max_bytes == 8u << 20);
  CHECK(InputLimitFor("data/results.csv").max_bytes == 8u << 20);
  // Images: up to the largest images: max-kib allows, whatever the case of the extension.
  CHECK(InputLimitFor("charters/images/Reading-Room.JPG").max_bytes == 10u << 20);
  CHECK(InputLimitFor("charters/images/map.svg").max_bytes == 10u << 20);
  CHECK(InputLimitFor("themes/default/page.xhtml").max_bytes == 1u << 20);
}

TEST_CASE("a file over its limit is refused before it is read; one at the limit is read") {
  MemoryFileSystem fs;
  fs.Add("p/charters/big.md", std::string((4u << 20) + 1, 'a'));
  fs.Add("p/charters/limit.md", std::string(4u << 20, 'a'));
  DiagnosticSink sink;
  CHECK_FALSE(AdmitInput(fs, "p", "p/charters/big.md", sink));
  CHECK(AdmitInput(fs, "p", "p/charters/limit.md", sink));
  std::vector<Diagnostic> reported = sink.Sorted();
  REQUIRE(reported.size() == 1);
  const Diagnostic& d = reported[0];
  CHECK(d.code == DiagCode::E1403);
  CHECK(d.location.file == "p/charters/big.md");
  CHECK(d.message == "'p/charters/big.md' is 4.0 MiB; charterc reads a Markdown document of at most 4.0 MiB, so it was not read");
}

TEST_CASE("a missing file is left for the reader to report") {
  MemoryFileSystem fs;
  fs.Add("p/charters/a.md", "x");
  DiagnosticSink sink;
  CHECK(AdmitInput(fs, "p", "p/charters/none.md", sink));
  CHECK(sink.Sorted().empty());
}

TEST_CASE("InsideFolder compares whole path parts") {
  CHECK(InsideFolder("/a/b/c", "/a/b"));
  CHECK(InsideFolder("/a/b", "/a/b"));
  CHECK_FALSE(InsideFolder("/a/bc", "/a/b"));
  CHECK_FALSE(InsideFolder("/etc/passwd", "/a/b"));
  CHECK(InsideFolder("/etc", "/"));
}
