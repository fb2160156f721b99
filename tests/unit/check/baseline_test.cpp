#include <doctest/doctest.h>

#include "check/baseline.h"
#include "project/project_loader.h"

using namespace charterc;

namespace {

constexpr const char* kCharter =
    "---\ntitle: Charter\nowner: Library\nnext-review: 2099-01-01\n---\n\n## Promises\n\n"
    "- We answer emails promptly. {#email}\n\nSome prose with a very long sentence.\n";

struct Loaded {
  explicit Loaded(const std::string& text) {
    fs.Add("p/charters/charter.md", text);
    loaded = LoadProject(fs, "p", sink);
    index = FindingIndex(loaded.project, {});
  }
  FindingKey Key(DiagCode code, int line) const {
    return KeyOf(Diagnostic{code, Severity::Error, {"p/charters/charter.md", line, 1, 0}, "m", ""}, loaded, index);
  }
  MemoryFileSystem fs;
  DiagnosticSink sink;
  LoadedProject loaded;
  FindingIndex index;
};

}  // namespace

TEST_CASE("a finding on a promise is keyed by the promise's id, relative to the project") {
  Loaded project(kCharter);
  FindingKey key = project.Key(DiagCode::E0901, 9);
  CHECK(key.file == "charters/charter.md");
  CHECK(key.code == "E0901");
  CHECK(key.subject == "commitment:email");
}

TEST_CASE("a finding outside any promise is keyed by its line's words, not its number") {
  Loaded before(kCharter);
  std::string moved = kCharter;
  moved.insert(moved.find("## Promises"), "An introduction.\n\n");
  Loaded after(moved);
  FindingKey key = before.Key(DiagCode::W0907, 11);
  CHECK(key.subject.rfind("line:", 0) == 0);
  CHECK(after.Key(DiagCode::W0907, 13) == key);
  CHECK_FALSE(after.Key(DiagCode::W0907, 11) == key);
}

TEST_CASE("the baseline counts findings per key and uses each up once") {
  Baseline baseline;
  FindingKey key{"charters/a.md", "W0905", "commitment:x"};
  baseline.Add(key, "first");
  baseline.Add(key, "second");
  CHECK(baseline.size() == 2);
  CHECK(baseline.Take(key));
  CHECK(baseline.Take(key));
  CHECK_FALSE(baseline.Take(key));
  CHECK_FALSE(baseline.Take(FindingKey{"charters/a.md", "W0905", "commitment:y"}));
}

TEST_CASE("the baseline file round-trips, sorted, and refuses other versions") {
  Baseline written;
  written.Add({"charters/b.md", "E0901", "commitment:z"}, "vague");
  written.Add({"charters/a.md", "E0902", "line:0123456789ab"}, "incomplete");
  std::string json = written.ToJson();
  CHECK(json.find("charters/a.md") < json.find("charters/b.md"));
  Baseline read;
  std::string error;
  REQUIRE(read.Parse(json, &error));
  CHECK(read.ToJson() == json);
  CHECK(read.Take({"charters/b.md", "E0901", "commitment:z"}));

  Baseline other;
  CHECK_FALSE(other.Parse(R"({"format": "charterc-baseline", "version": 2, "findings": []})", &error));
  CHECK(error == "it is version 2; this charterc reads version 1");
  CHECK_FALSE(other.Parse("[1, 2", &error));
  CHECK(error == "it is not JSON");
  CHECK_FALSE(other.Parse(R"({"format": "charterc-baseline", "version": 1, "findings": [{"file": "a"}]})", &error));
  CHECK(error.rfind("a finding lacks its file, code, subject or count", 0) == 0);
}

TEST_CASE("only quality errors and warnings can be baselined") {
  CHECK(Baselinable(Diagnostic{DiagCode::E0901, Severity::Error, {}, "", ""}));
  CHECK(Baselinable(Diagnostic{DiagCode::W0905, Severity::Warning, {}, "", ""}));
  CHECK_FALSE(Baselinable(Diagnostic{DiagCode::W0905, Severity::Note, {}, "", ""}));
  CHECK_FALSE(Baselinable(Diagnostic{DiagCode::E0402, Severity::Error, {}, "", ""}));
}
