#include "analysis/framework_coverage.h"

#include <doctest/doctest.h>

#include "base/file_system.h"
#include "project/project_loader.h"

using namespace charterc;

namespace {

// Elements 1.1.1, 1.1.2 (under group 1.1 under 1) and 2.
const char* kDemo =
    "id: demo\ntitle: Demo Standard\ncriteria:\n"
    "  - number: \"1\"\n    criteria:\n"
    "      - number: \"1.1\"\n        criteria:\n"
    "          - {number: \"1.1.1\", label: Know your customers}\n"
    "          - {number: \"1.1.2\", label: Reach the hard to reach}\n"
    "  - number: \"2\"\n    label: Culture\n";

Project Load(const std::string& config, const std::vector<std::pair<std::string, std::string>>& documents) {
  MemoryFileSystem fs;
  fs.Add("p/charters/frameworks/demo.yaml", kDemo);
  fs.Add("p/charterc.yaml", config);
  for (const auto& [name, text] : documents) fs.Add("p/charters/" + name, text);
  DiagnosticSink sink;
  return LoadProject(fs, "p", sink).project;
}

std::vector<std::string> Numbers(const std::vector<Criterion>& criteria) {
  std::vector<std::string> numbers;
  for (const Criterion& criterion : criteria) numbers.push_back(criterion.number);
  return numbers;
}

using List = std::vector<std::string>;

}  // namespace

TEST_CASE("each element is covered, waived or uncovered, in framework order") {
  Project project = Load("framework: demo\nwaivers:\n  demo:2: Internal\n  demo:1.1.1: Cited anyway\n",
                         {{"a.md", "---\ntitle: A\n---\n- One {#one refs=\"demo:1.1.1 demo:1.1\"}\n"}});
  std::vector<FrameworkCoverage> coverage = ComputeCoverage(project);
  REQUIRE(coverage.size() == 1);
  CHECK(coverage[0].framework == "demo");
  // A waived element a commitment cites anyway is covered; citing the group
  // 1.1 covers no element under it.
  CHECK(Numbers(coverage[0].covered) == List{"1.1.1"});
  CHECK(Numbers(coverage[0].waived) == List{"2"});
  CHECK(Numbers(coverage[0].uncovered) == List{"1.1.2"});
  CHECK(coverage[0].Elements() == 3);
  CHECK(coverage[0].claimed_at.file == "p/charterc.yaml");
  CHECK(coverage[0].claimed_at.line == 1);
}

TEST_CASE("without a project framework, the first document naming it is where it is claimed") {
  Project project = Load("", {{"b.md", "---\ntitle: B\nframework: demo\n---\n- Two {#two refs=\"demo:2\"}\n"},
                              {"c.md", "---\ntitle: C\nframework: demo\n---\n- One {#one refs=\"demo:1.1.2\"}\n"},
                              {"d.md", "---\ntitle: D\n---\n- No framework {#three refs=\"demo:1.1.1\"}\n"}});
  std::vector<FrameworkCoverage> coverage = ComputeCoverage(project);
  REQUIRE(coverage.size() == 1);
  CHECK(coverage[0].claimed_at.file == "p/charters/b.md");
  CHECK(coverage[0].claimed_at.line == 3);
  // d.md claims no framework, but what it cites still counts.
  CHECK(Numbers(coverage[0].covered) == List{"1.1.1", "1.1.2", "2"});
  CHECK(coverage[0].uncovered.empty());
}

TEST_CASE("coverage of some documents counts only their citations; no claim, no coverage") {
  Project project = Load("", {{"b.md", "---\ntitle: B\nframework: demo\n---\n- Two {#two refs=\"demo:2\"}\n"},
                              {"c.md", "---\ntitle: C\n---\n- One {#one refs=\"demo:1.1.2\"}\n"}});
  std::vector<FrameworkCoverage> only_b = ComputeCoverage(project, {&project.documents[0]});
  REQUIRE(only_b.size() == 1);
  CHECK(Numbers(only_b[0].covered) == List{"2"});
  CHECK(ComputeCoverage(project, {&project.documents[1]}).empty());
}
