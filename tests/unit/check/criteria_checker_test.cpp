#include <doctest/doctest.h>

#include "check/criteria_checker.h"
#include "check_test_support.h"

using namespace charterc;
using namespace charterc::testing;

namespace {

// A small framework of the CSE shape: criteria 1 and 2, 1.1 with two elements.
const char* kDemo =
    "id: demo\ntitle: Demo Standard\ncriteria:\n"
    "  - number: \"1\"\n    criteria:\n"
    "      - number: \"1.1\"\n        criteria:\n"
    "          - {number: \"1.1.1\", label: Know your customers}\n"
    "          - {number: \"1.1.2\", label: Reach the hard to reach}\n"
    "  - number: \"2\"\n    label: Culture\n";

std::vector<std::string> Criteria(const std::string& body, const std::string& config = "") {
  return Summaries(CheckProject({{"charters/frameworks/demo.yaml", kDemo},
                                 {"charterc.yaml", config},
                                 {"charters/a.md", "---\ntitle: A\nframework: demo\n---\n" + body}},
                                CheckCriteria));
}

}  // namespace

TEST_CASE("every criterion cited and covered: no diagnostics") {
  CHECK(Criteria("- One {#one refs=\"demo:1.1.1\"}\n- Two {#two refs=\"demo:1.1.2 demo:2\"}\n").empty());
}

TEST_CASE("unknown, plausible and impossible criteria are told apart") {
  auto summaries = Criteria("- One {#one refs=\"demo:1.1.1 demo:1.1.2 demo:2 demo:1.1.7 demo:1.3.1 nope:1\"}\n");
  CHECK(summaries == std::vector<std::string>{
                         "W0405 5:48 'demo:1.1.7': Demo Standard does not list criterion 1.1.7",
                         "E0406 5:59 'demo:1.3.1': Demo Standard has no criterion 1.3.1",
                         "E0404 5:70 'nope:1': 'nope' is not a known criteria framework",
                     });
}

TEST_CASE("a commitment must cite its document's framework") {
  auto summaries = Criteria("- One {#one refs=\"demo:1.1.1 demo:1.1.2 demo:2\"}\n- Two {#two}\n");
  CHECK(summaries == std::vector<std::string>{"E0407 6:1 commitment 'two' cites no criterion of Demo Standard"});
}

TEST_CASE("a waiver must name a known criterion") {
  CHECK(Criteria("- One {#one refs=\"demo:1.1.1\"}\n",
                 "waivers:\n  demo:1.1.2: Not a public promise\n  demo:2: Internal\n  demo:9: Typo\n") ==
        std::vector<std::string>{"W0707 4:3 waiver of 'demo:9' names no known criterion"});
}

TEST_CASE("a document's framework must exist, and the project's is the default") {
  auto diagnostics = CheckProject({{"charterc.yaml", "framework: csx\n"},
                                   {"charters/a.md", "---\ntitle: A\n---\n- One {#one refs=\"cse:1.1.1\"}\n"}},
                                  CheckCriteria);
  REQUIRE(!diagnostics.empty());
  CHECK(diagnostics[0].code == DiagCode::E0404);
  CHECK(diagnostics[0].location.file == "p/charterc.yaml");
  CHECK(diagnostics[0].hint == "did you mean 'cse'?");
}
