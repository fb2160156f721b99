#include <doctest/doctest.h>

#include "base/file_system.h"

using charterc::MemoryFileSystem;

TEST_CASE("MemoryFileSystem lists a folder's files, not deeper ones") {
  MemoryFileSystem fs;
  fs.Add("p/charters/b.md", "b");
  fs.Add("p/charters/a.md", "a");
  fs.Add("p/charters/frameworks/cse.yaml", "x");
  CHECK(fs.ListFiles("p/charters") == std::vector<std::string>{"a.md", "b.md"});
  CHECK(fs.IsDirectory("p/charters/frameworks"));
  CHECK_FALSE(fs.IsDirectory("p/out"));
  std::string text, error;
  CHECK_FALSE(fs.ReadFile("p/none.md", &text, &error));
  CHECK(error == "No such file or directory");
}

TEST_CASE("JoinPath keeps paths as the user wrote them") {
  CHECK(charterc::JoinPath(".", "charters") == "charters");
  CHECK(charterc::JoinPath("p/", "charters") == "p/charters");
  CHECK(charterc::JoinPath("p", "charters") == "p/charters");
}
