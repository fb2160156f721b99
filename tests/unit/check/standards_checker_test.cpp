#include <doctest/doctest.h>

#include "check/standards_checker.h"
#include "check_test_support.h"

using namespace charterc;
using namespace charterc::testing;

TEST_CASE("a standard no other document cites is reported") {
  auto diagnostics = CheckProject(
      {{"charters/charter.md", "---\ntitle: C\n---\n- Reply in 2 days. {#reply refs=\"standards#email\"}\n"},
       {"charters/standards.md",
        "---\ntitle: S\ntype: standards\n---\n- Email: 95% in 2 days. {#email}\n- Calls: 90% in 20 s. {#calls refs=\"#email\"}\n"}},
      CheckStandardsCited);
  CHECK(Summaries(diagnostics) ==
        std::vector<std::string>{"W0409 6:1 standard 'calls' is not cited by any commitment of another document"});
}

TEST_CASE("a project without a charter or statement has nowhere to cite standards from") {
  const char* standards = "---\ntitle: S\ntype: standards\n---\n- Email: 95% in 2 days. {#email}\n";
  auto without = CheckProject({{"charters/standards.md", standards},
                               {"charters/rules.md", "---\ntitle: R\ntype: policy\n---\nBooks go back.\n"}},
                              CheckStandardsCited);
  CHECK(without.empty());
  auto with = CheckProject({{"charters/standards.md", standards},
                            {"charters/care.md", "---\ntitle: C\ntype: statement\n---\nWe care.\n"}},
                           CheckStandardsCited);
  CHECK(Summaries(with) ==
        std::vector<std::string>{"W0409 5:1 standard 'email' is not cited by any commitment of another document"});
}

TEST_CASE("several uncited standards of one document are one finding naming the first few, listing all") {
  auto diagnostics = CheckProject(
      {{"charters/charter.md", "---\ntitle: C\n---\n- Reply in 2 days. {#reply refs=\"standards#s1\"}\n"},
       {"charters/standards.md",
        "---\ntitle: S\ntype: standards\n---\n- A: 95% in 2 days. {#s1}\n- B: 90% in 20 s. {#s2}\n"
        "- C: 2 days. {#s3}\n- D: 3 days. {#s4}\n- E: 4 days. {#s5}\n"}},
      CheckStandardsCited);
  CHECK(Summaries(diagnostics) ==
        std::vector<std::string>{"W0409 1:1 4 of 5 standards of 'standards' are not cited by any commitment of "
                                 "another document: s2, s3, s4 and 1 more"});
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].details == std::vector<std::string>{"s2", "s3", "s4", "s5"});
}
