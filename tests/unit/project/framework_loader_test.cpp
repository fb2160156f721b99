#include <doctest/doctest.h>

#include <algorithm>

#include "project/framework_loader.h"
#include "resources/embedded.h"

using namespace charterc;

namespace {

int CountAtDepth(const Framework& framework, int depth) {
  int count = 0;
  for (const Criterion& criterion : framework.criteria) {
    int dots = static_cast<int>(std::count(criterion.number.begin(), criterion.number.end(), '.'));
    if (dots == depth) ++count;
  }
  return count;
}

}  // namespace

TEST_CASE("the built-in Customer Service Excellence framework has 5 criteria, 15 sub-criteria, 57 elements") {
  FrameworkTable table = BuiltInFrameworks();
  REQUIRE(table.count("cse") == 1);
  const Framework& cse = table.at("cse");
  CHECK(CountAtDepth(cse, 0) == 5);
  CHECK(CountAtDepth(cse, 1) == 15);
  CHECK(CountAtDepth(cse, 2) == 57);
  REQUIRE(cse.Find("4.2.1") != nullptr);
  CHECK(cse.Find("4.2.1")->leaf);
  CHECK(cse.IsPlausible("4.2.9"));
  CHECK_FALSE(cse.IsPlausible("4.4.1"));
  CHECK_FALSE(cse.IsPlausible("6"));
}

TEST_CASE("the built-in SERVQUAL framework lists the five dimensions") {
  FrameworkTable table = BuiltInFrameworks();
  REQUIRE(table.count("servqual") == 1);
  for (const char* dimension : {"reliability", "responsiveness", "assurance", "empathy", "tangibles"}) {
    CHECK_MESSAGE(table.at("servqual").Find(dimension) != nullptr, dimension);
  }
}

TEST_CASE("built-in framework files parse without a single diagnostic") {
  for (const EmbeddedFile& file : EmbeddedFiles()) {
    if (std::string_view(file.path).rfind("frameworks/", 0) != 0) continue;
    DiagnosticSink sink;
    CHECK_MESSAGE(ParseFramework(SourceFile(std::string(file.path), std::string(file.data)), sink).has_value(),
                  file.path);
    CHECK(sink.Sorted().empty());
  }
}

TEST_CASE("a framework whose numbers disagree with their nesting is refused at the number") {
  DiagnosticSink sink;
  SourceFile source("f.yaml", "id: x\ncriteria:\n  - number: \"1\"\n    criteria:\n      - number: \"2.1\"\n");
  CHECK_FALSE(ParseFramework(source, sink).has_value());
  auto diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagCode::E0706);
  CHECK(diagnostics[0].location.line == 5);
  CHECK(diagnostics[0].location.column == 17);
}

TEST_CASE("a framework's labels are English unless its file says otherwise") {
  DiagnosticSink sink;
  auto english = ParseFramework(SourceFile("f.yaml", "id: x\ncriteria:\n  - number: \"1\"\n"), sink);
  auto welsh = ParseFramework(SourceFile("f.yaml", "id: x\nlang: cy\ncriteria:\n  - number: \"1\"\n"), sink);
  REQUIRE(english.has_value());
  REQUIRE(welsh.has_value());
  CHECK(english->lang == "en");
  CHECK(welsh->lang == "cy");
  CHECK(BuiltInFrameworks().at("cse").lang == "en");
}
