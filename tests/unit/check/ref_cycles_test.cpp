#include <doctest/doctest.h>

#include "check/ref_cycles.h"
#include "check_test_support.h"

using namespace charterc;
using namespace charterc::testing;

TEST_CASE("a circle of refs is reported once, with its whole path, where it closes") {
  auto diagnostics = CheckProject(
      {{"charters/a.md", "---\ntitle: A\n---\n- One {#one refs=\"b#two\"}\n"},
       {"charters/b.md", "---\ntitle: B\n---\n- Two {#two refs=\"#three\"}\n- Three {#three refs=\"a#one\"}\n"}},
      CheckRefCycles);
  CHECK(Summaries(diagnostics) ==
        std::vector<std::string>{"E0410 5:23 refs go round in a circle: a#one -> b#two -> b#three -> a#one"});
}

TEST_CASE("refs that point one way, and refs to headings, are no circle") {
  auto diagnostics = CheckProject(
      {{"charters/a.md", "---\ntitle: A\n---\n## Top {#top}\n\n- One {#one refs=\"b#two #top\"}\n"},
       {"charters/b.md", "---\ntitle: B\n---\n- Two {#two refs=\"a#top\"}\n"}},
      CheckRefCycles);
  CHECK(diagnostics.empty());
}

TEST_CASE("a very long chain of refs does not exhaust the stack") {
  std::string text = "---\ntitle: A\n---\n";
  for (int i = 0; i < 20000; ++i) {
    text += "- Item {#c" + std::to_string(i) + " refs=\"#c" + std::to_string(i + 1) + "\"}\n";
  }
  text += "- Last {#c20000 refs=\"#c0\"}\n";
  auto diagnostics = CheckProject({{"charters/a.md", text}}, CheckRefCycles);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagCode::E0410);
}
