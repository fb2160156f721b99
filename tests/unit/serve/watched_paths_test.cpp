#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "serve/watched_paths.h"

using namespace charterc;

TEST_CASE("WatchedFolders: the project's input folders") {
  std::vector<std::string> folders(WatchedFolders().begin(), WatchedFolders().end());
  CHECK(folders == std::vector<std::string>{"charters", "locales", "themes", "data"});
  CHECK(IsWatchedTopFile("charterc.yaml"));
  CHECK(IsWatchedTopFile("charterc-baseline.json"));
  CHECK_FALSE(IsWatchedTopFile("README.md"));
  CHECK_FALSE(IsWatchedTopFile("out"));
}

TEST_CASE("IsScratchFile: editors' temporary files need no build, inputs do") {
  for (const char* name : {".charter.md.swp", ".charter.md.swx", "4913", "charter.md~", ".#charter.md",
                           "#charter.md#", ".goutputstream-ABC123", "charter.md.kate-swp",
                           "charter.md___jb_tmp___", ".~lock.results.csv#"}) {
    CAPTURE(name);
    CHECK(IsScratchFile(name));
  }
  for (const char* name : {"charter.md", "charter.cy.md", "facts.yaml", "charter.xlf", "charter.po",
                           "page.xhtml", "charterc.css", "results.csv", "swp.md", "4913.md"}) {
    CAPTURE(name);
    CHECK_FALSE(IsScratchFile(name));
  }
}

TEST_CASE("IsSkippedFolder: hidden folders are not descended into") {
  CHECK(IsSkippedFolder(".git"));
  CHECK(IsSkippedFolder(".charterc"));
  CHECK_FALSE(IsSkippedFolder("frameworks"));
  CHECK_FALSE(IsSkippedFolder("fr"));
}
