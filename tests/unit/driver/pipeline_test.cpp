#include <doctest/doctest.h>

#include <sstream>

#include "driver/cli.h"
#include "driver/pipeline.h"

using namespace charterc;

namespace {

// 2026-11-23 00:00 UTC: the build's "today", whatever the calendar says.
const FixedClock kClock(1795392000);
NoPrinter no_printer;

struct Run {
  int code;
  std::string out;
  std::string err;
};

Run Cli(MemoryFileSystem& fs, std::vector<const char*> args) {
  std::ostringstream out, err;
  Env env{fs, out, err, kClock, no_printer};
  args.insert(args.begin(), "charterc");
  int code = RunCommandLine(env, static_cast<int>(args.size()), args.data());
  return {code, out.str(), err.str()};
}

// Runs load, check and render on an in-memory project at "p".
struct InMemoryBuild {
  explicit InMemoryBuild(MemoryFileSystem& fs) : env{fs, out, err, kClock, no_printer} { options.project_dir = "p"; }
  int Build() {
    checked = LoadAndCheck(env, options, sink);
    return RenderAndWrite(env, options, checked, sink).documents;
  }
  std::ostringstream out, err;
  Env env;
  PipelineOptions options;
  DiagnosticSink sink;
  CheckedProject checked;
};

}  // namespace

TEST_CASE("init then build, all in memory") {
  MemoryFileSystem fs;
  REQUIRE(Cli(fs, {"init", "p"}).code == 0);
  // CLI11 checks that DIR exists on the real disk, so the build half runs
  // the pipeline directly.
  InMemoryBuild build(fs);
  CHECK(build.Build() == 1);
  CHECK(build.sink.ErrorCount() == 0);
  CHECK(build.sink.WarningCount() == 0);
  const auto& files = fs.files();
  REQUIRE(files.count("p/out/en/charter.html") == 1);
  const std::string& html = files.at("p/out/en/charter.html");
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">", 0) == 0);
  CHECK(html.find("<li id=\"email-reply\" class=\"commitment\"") != std::string::npos);
  CHECK(html.find("<span class=\"fact\" data-fact=\"reply.email\">2 working days</span>") != std::string::npos);
  CHECK(html.find("{#") == std::string::npos);
  CHECK(files.count("p/out/index.html") == 1);
  CHECK(files.count("p/out/charterc.css") == 1);
}

TEST_CASE("a broken document is skipped, the others are written") {
  MemoryFileSystem fs;
  fs.Add("p/charters/good.md", "---\ntitle: Good\ntype: policy\n---\n\n- We reply in 2 days. {#reply}\n");
  fs.Add("p/charters/bad.md", "---\ntitle: Bad\ntype: policy\n---\n\n- See {{ missing }}. {#x refs=\"good#nope\"}\n");
  InMemoryBuild build(fs);
  CHECK(build.Build() == 1);
  CHECK(build.sink.ErrorCount() == 2);
  CHECK(fs.files().count("p/out/en/good.html") == 1);
  CHECK(fs.files().count("p/out/en/bad.html") == 0);
  CHECK(Finish(build.env, build.options, build.checked, build.sink) == 1);
  CHECK(build.err.str().find("p/charters/bad.md:6:7: error[E0501]: fact 'missing' is not defined") != std::string::npos);
}

TEST_CASE("codes lists every registry entry") {
  MemoryFileSystem fs;
  Run run = Cli(fs, {"codes"});
  CHECK(run.code == 0);
  CHECK(run.out.find("E0301  error    integrity  attribute-syntax:") != std::string::npos);
  CHECK(run.out.find("W0601  warning  integrity  unsafe-link:") != std::string::npos);
}

TEST_CASE("usage errors exit with 2") {
  MemoryFileSystem fs;
  CHECK(Cli(fs, {"frobnicate"}).code == 2);
  CHECK(Cli(fs, {}).code == 2);
  CHECK(Cli(fs, {"init"}).code == 2);
}
