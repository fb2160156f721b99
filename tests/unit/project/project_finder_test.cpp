#include "project/project_finder.h"

#include <doctest/doctest.h>

using namespace charterc;

TEST_CASE("the project is the nearest folder up that holds charters/ or charterc.yaml") {
  MemoryFileSystem fs;
  fs.Add("/home/ana/site/charters/charter.md", "");
  fs.Add("/home/ana/site/charters/sub/notes.txt", "");
  fs.Add("/home/ana/other/charterc.yaml", "");
  CHECK(FindProjectRoot(fs, "/home/ana/site") == ".");
  CHECK(FindProjectRoot(fs, "/home/ana/site/charters") == "..");
  CHECK(FindProjectRoot(fs, "/home/ana/site/charters/sub") == "../..");
  CHECK(FindProjectRoot(fs, "/home/ana/other/out/") == "..");
  CHECK(FindProjectRoot(fs, "/home/ana") == std::nullopt);
  CHECK(FindProjectRoot(fs, "/") == std::nullopt);
  CHECK(FindProjectRoot(fs, "") == ".");  // unknown: the current folder, as before
}

TEST_CASE("a project at the root of the file system is found too") {
  MemoryFileSystem fs;
  fs.Add("/charters/a.md", "");
  CHECK(FindProjectRoot(fs, "/srv/x") == "../..");
}
