#include <doctest/doctest.h>

#include "base/file_system.h"
#include "driver/output_folder_guard.h"

using namespace charterc;

namespace {

// The codes CheckOutputFolder reports for `-o out` in project "p".
std::vector<DiagCode> Refusals(const FileSystem& fs, const std::string& out, bool force = false) {
  PipelineOptions options;
  options.project_dir = "p";
  options.out_dir = out;
  options.force = force;
  DiagnosticSink sink;
  CheckOutputFolder(fs, options, sink);
  std::vector<DiagCode> codes;
  for (const Diagnostic& d : sink.Sorted()) codes.push_back(d.code);
  return codes;
}

MemoryFileSystem OneDocumentProject() {
  MemoryFileSystem fs;
  fs.Add("p/charters/a.md", "x");
  return fs;
}

}  // namespace

TEST_CASE("a new, empty or charterc-made output folder is accepted") {
  MemoryFileSystem fs = OneDocumentProject();
  CHECK(Refusals(fs, "p/out").empty());
  CHECK(Refusals(fs, "site").empty());
  fs.Add("p/out/.charterc/owner", "charterc");
  fs.Add("p/out/index.html", "x");
  CHECK(Refusals(fs, "p/out").empty());
  fs.Add("old/.charterc/state", "state of an older charterc");
  fs.Add("old/index.html", "x");
  CHECK(Refusals(fs, "old").empty());
}

TEST_CASE("the project, charters/ and folders around them are refused (E1406)") {
  MemoryFileSystem fs = OneDocumentProject();
  for (const char* out : {"p", "p/", "p/charters", "p/charters/site", "p/charters/a/b/../c", "."}) {
    CAPTURE(out);
    CHECK(Refusals(fs, out) == std::vector<DiagCode>{DiagCode::E1406});
    CHECK(Refusals(fs, out, true) == std::vector<DiagCode>{DiagCode::E1406});  // --force does not change it
  }
}

TEST_CASE("a folder someone else filled needs --force (E1407); a file is never one (E1409)") {
  MemoryFileSystem fs = OneDocumentProject();
  fs.Add("public/index.html", "theirs");
  CHECK(Refusals(fs, "public") == std::vector<DiagCode>{DiagCode::E1407});
  CHECK(Refusals(fs, "public", true).empty());
  fs.Add("site", "a file");
  CHECK(Refusals(fs, "site") == std::vector<DiagCode>{DiagCode::E1409});
  CHECK(Refusals(fs, "site", true) == std::vector<DiagCode>{DiagCode::E1409});
}

TEST_CASE("ResolvedPath resolves what exists and appends the rest") {
  MemoryFileSystem fs = OneDocumentProject();
  CHECK(ResolvedPath(fs, "p/charters") == "/mem/p/charters");
  CHECK(ResolvedPath(fs, "p/new/site") == "/mem/p/new/site");
  CHECK(ResolvedPath(fs, "p/new/../charters/x") == "/mem/p/charters/x");
  CHECK(ResolvedPath(fs, "elsewhere") == "/mem/elsewhere");
}
