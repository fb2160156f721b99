#include <doctest/doctest.h>

#include "base/observing_file_system.h"
#include "output/build_state.h"

using namespace charterc;

TEST_CASE("the build state reads back what it wrote, printed bytes included") {
  BuildState state;
  state.request = 0x0123456789abcdef;
  state.formats = "html,txt";
  state.formats_explicit = true;
  state.observed["read\tcharters/a b.md"] = 42;
  state.inputs["fact loan.days"] = 7;
  state.outputs["en/a b.html"] = {99, 1234, {"global", "fact loan.days"}};
  state.exit_code = 1;
  state.printed_err = "a.md:1:1: error\n  | caret\t\\ and a bad byte \xff\n";
  std::string why;
  std::optional<BuildState> back = BuildState::Parse(state.Serialise(), &why);
  REQUIRE(back);
  CHECK(back->request == state.request);
  CHECK(back->formats == "html,txt");
  CHECK(back->formats_explicit);
  CHECK(back->observed == state.observed);
  CHECK(back->inputs == state.inputs);
  REQUIRE(back->outputs.count("en/a b.html"));
  CHECK(back->outputs.at("en/a b.html").content == 99);
  CHECK(back->outputs.at("en/a b.html").signature == 1234);
  CHECK(back->outputs.at("en/a b.html").inputs == std::vector<std::string>{"global", "fact loan.days"});
  CHECK(back->exit_code == 1);
  CHECK(back->printed_err == state.printed_err);
}

TEST_CASE("a damaged or foreign build state is refused with a reason, never a crash") {
  std::string why;
  CHECK_FALSE(BuildState::Parse("charterc-state\t2\n", &why));
  CHECK(why == "it is of version 2, this charterc writes version 1");
  CHECK_FALSE(BuildState::Parse("request\t00\n", &why));
  CHECK(why == "line 1 is damaged");
  CHECK_FALSE(BuildState::Parse("charterc-state\t1\nfrom\tglobal\n", &why));  // an input before any output
  CHECK(why == "line 2 is damaged");
  CHECK_FALSE(BuildState::Parse("charterc-state\t1\nstderr\tends with \\\n", &why));
  CHECK_FALSE(BuildState::Parse("charterc-state\t1\nexit\t99999\n", &why));
  // A state may only name files inside the output folder.
  for (const char* path : {"../charters/a.md", "/etc/passwd", "en/../../x", "en//x", "./x"}) {
    CHECK_FALSE(BuildState::Parse(std::string("charterc-state\t1\noutput\t01\t02\t") + path + "\n", &why));
  }
  CHECK(BuildState::Parse("charterc-state\t1\noutput\t01\t02\ten/a.html\n", &why));
  CHECK_FALSE(BuildState::Parse("", &why));
  CHECK(why == "it does not start with a version");
}

TEST_CASE("an output's signature needs every input it names") {
  BuildState state;
  state.inputs = {{"global", 1}, {"source a.md", 2}};
  CHECK(state.Signature({"global", "source a.md"}) != 0);
  CHECK(state.Signature({"global", "source b.md"}) == 0);
  BuildState other = state;
  other.inputs["source a.md"] = 3;
  CHECK(state.Signature({"global", "source a.md"}) != other.Signature({"global", "source a.md"}));
  CHECK(state.Signature({"global"}) == other.Signature({"global"}));
}

TEST_CASE("the observing file system records inputs, not outputs, and notices change") {
  MemoryFileSystem fs;
  fs.Add("p/charters/a.md", "one");
  ObservingFileSystem observing(fs, "p/out");
  std::string text, error;
  REQUIRE(observing.ReadFile("p/charters/a.md", &text, &error));
  CHECK_FALSE(observing.IsFile("p/charters/b.md"));
  observing.ListFiles("p/charters");
  fs.Add("p/out/en/a.html", "page");
  observing.ReadFile("p/out/en/a.html", &text, &error);
  Observations seen = observing.observations();
  CHECK(seen.size() == 3);
  CHECK_FALSE(seen.count("read\tp/out/en/a.html"));
  for (const auto& [question, answer] : seen) CHECK(StillHolds(fs, question, answer));
  fs.Add("p/charters/a.md", "two");
  fs.Add("p/charters/b.md", "new");
  CHECK_FALSE(StillHolds(fs, "read\tp/charters/a.md", seen.at("read\tp/charters/a.md")));
  CHECK_FALSE(StillHolds(fs, "file\tp/charters/b.md", seen.at("file\tp/charters/b.md")));
  CHECK_FALSE(StillHolds(fs, "files\tp/charters", seen.at("files\tp/charters")));
  CHECK_FALSE(StillHolds(fs, "unknown\tx", 0));
}

TEST_CASE("an output's findings read back as they were reported") {
  BuildState state;
  Diagnostic finding{DiagCode::W0806, Severity::Warning, {"charters/a b.md", 0, 0, 0},
                     "en/a.pdf: font Helvetica is not embedded\tand a tab", "the PDF was written"};
  state.outputs["en/a.pdf"] = {99, 1234, {"global"}, {finding}};
  std::string why;
  std::optional<BuildState> back = BuildState::Parse(state.Serialise(), &why);
  REQUIRE(back);
  const std::vector<Diagnostic>& findings = back->outputs.at("en/a.pdf").findings;
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].code == DiagCode::W0806);
  CHECK(findings[0].location.file == "charters/a b.md");
  CHECK(findings[0].message == finding.message);
  CHECK(findings[0].hint == "the PDF was written");
  // A finding with an unknown code, or before any output, is damage.
  CHECK_FALSE(BuildState::Parse("charterc-state\t1\nfinding\tW0806\ta.md\t0\t0\t0\tm\th\n", &why));
  CHECK_FALSE(BuildState::Parse("charterc-state\t1\noutput\t00\t00\tx\nfinding\tX9999\ta.md\t0\t0\t0\tm\th\n", &why));
}
