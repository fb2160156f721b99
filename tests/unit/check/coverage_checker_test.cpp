#include <doctest/doctest.h>

#include "check/coverage_checker.h"
#include "check_test_support.h"

using namespace charterc;
using namespace charterc::testing;

namespace {

const char* kDemo =
    "id: demo\ntitle: Demo Standard\ncriteria:\n"
    "  - number: \"1\"\n    criteria:\n"
    "      - number: \"1.1\"\n        criteria:\n"
    "          - {number: \"1.1.1\", label: Know your customers}\n"
    "          - {number: \"1.1.2\", label: Reach the hard to reach}\n"
    "          - {number: \"1.1.3\", label: Ask them}\n"
    "          - {number: \"1.1.4\"}\n"
    "  - number: \"2\"\n    label: Culture\n";

void Check(const Project& project, DiagnosticSink& sink) { CheckCoverage(project, Analyse(project), sink); }

std::vector<Diagnostic> Coverage(const std::string& body, const std::string& config = "") {
  return CheckProject({{"charters/frameworks/demo.yaml", kDemo},
                       {"charterc.yaml", config},
                       {"charters/a.md", "---\ntitle: A\nframework: demo\n---\n" + body}},
                      Check);
}

}  // namespace

TEST_CASE("uncovered elements are one summary at the framework line, naming the first three") {
  auto diagnostics = Coverage("- One {#one refs=\"demo:1.1.1\"}\n", "waivers:\n  demo:2: Internal\n");
  CHECK(Summaries(diagnostics) ==
        std::vector<std::string>{"W0408 3:12 Demo Standard: 1 of 5 elements covered by a commitment, 3 uncovered, "
                                 "1 waived; uncovered: demo:1.1.2 (Reach the hard to reach), demo:1.1.3 (Ask them), "
                                 "demo:1.1.4"});
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].location.file == "p/charters/a.md");
  // The full list, for JSON and SARIF.
  CHECK(diagnostics[0].details == std::vector<std::string>{"demo:1.1.2", "demo:1.1.3", "demo:1.1.4"});
  CHECK(diagnostics[0].hint ==
        "cite each element in the refs of the commitment that meets it, or waive it in charterc.yaml: waivers: "
        "{demo:1.1.2: \"why it does not apply\"}; the report (build --format report) lists every uncovered one");
}

TEST_CASE("more than three uncovered: the first three are named") {
  auto diagnostics = Coverage("- One {#one refs=\"demo:1.1.4\"}\n");
  CHECK(Summaries(diagnostics) ==
        std::vector<std::string>{"W0408 3:12 Demo Standard: 1 of 5 elements covered by a commitment, 4 uncovered, "
                                 "0 waived; first uncovered: demo:1.1.1 (Know your customers), demo:1.1.2 (Reach the "
                                 "hard to reach), demo:1.1.3 (Ask them)"});
}

TEST_CASE("every element covered or waived: no summary") {
  CHECK(Coverage("- One {#one refs=\"demo:1.1.1 demo:1.1.2 demo:1.1.3\"}\n",
                 "waivers:\n  demo:1.1.4: Not ours\n  demo:2: Internal\n")
            .empty());
}

TEST_CASE("the project's framework line is where the summary is, even when a document names it too") {
  auto diagnostics = Coverage("- One {#one refs=\"demo:1.1.1\"}\n", "title: T\nframework: demo\n");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].location.file == "p/charterc.yaml");
  CHECK(diagnostics[0].location.line == 2);
  CHECK(diagnostics[0].location.column == 12);
}
