#include "output/internal_note_redaction.h"

#include <doctest/doctest.h>

namespace charterc {

namespace {

std::string Dots(int count) {
  std::string dots;
  for (int i = 0; i < count; ++i) dots += "\xE2\x80\xA2";  // U+2022
  return dots;
}

}  // namespace

TEST_CASE("notes for assessors are masked in what the build state keeps; the rest is kept") {
  std::string printed =
      "charters/charter.md:9:3: warning[W0901]: promise is vague\n"
      "  9 | - We are helpful. {#help internal=\"Ask Sam\" refs=\"cse:1.1.1\"}\n"
      "    |   ^~\n";
  std::string masked = MaskInternalNotes(printed);
  CHECK(masked.find("Ask Sam") == std::string::npos);
  CHECK(masked.find("internal=\"" + Dots(7) + "\" refs=\"cse:1.1.1\"}") != std::string::npos);
  CHECK(masked.find("warning[W0901]: promise is vague\n") != std::string::npos);
  CHECK(masked.find("\n    |   ^~\n") != std::string::npos);
}

TEST_CASE("single-quoted, bare, spaced and cut-off values are masked; other keys are not") {
  CHECK(MaskInternalNotes("{evidence='a b'}") == "{evidence='" + Dots(3) + "'}");
  CHECK(MaskInternalNotes("{internal=ab}") == "{internal=" + Dots(2) + "}");
  CHECK(MaskInternalNotes("{internal = \"\xC3\xA9\"}") == "{internal = \"" + Dots(1) + "\"}");
  // An excerpt cut at the screen's edge ends the value with its line.
  CHECK(MaskInternalNotes("{internal=\"cut at the screen\xE2\x80\xA6\nnext") == "{internal=\"" + Dots(18) + "\nnext");
  CHECK(MaskInternalNotes("{xinternal=\"keep\" internals}") == "{xinternal=\"keep\" internals}");
  CHECK(MaskInternalNotes("no notes here") == "no notes here");
}

}  // namespace charterc
