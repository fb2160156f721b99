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
