#include "project/yaml_duplicate_keys.h"

#include <doctest/doctest.h>

#include <vector>

using namespace charterc;

TEST_CASE("a key set twice is found at its repeat, in nested mappings too") {
  YAML::Node root = YAML::Load("a: 1\nb: {x: 1, y: 2, x: 3}\na: 2\n");
  std::vector<std::pair<std::string, int>> found;  // key, 0-based line of the repeat
  ForEachDuplicateKey(root, [&](const std::string& key, const YAML::Mark& at, const YAML::Mark&) {
    found.emplace_back(key, at.line);
  });
  REQUIRE(found.size() == 2);
  CHECK(found[0] == std::make_pair(std::string("a"), 2));  // the top mapping is looked at first
  CHECK(found[1] == std::make_pair(std::string("x"), 1));
}

TEST_CASE("a YAML alias bomb is walked within the node budget") {
  // Nine levels of nine aliases to the level below: 9^9 (387 million)
  // nodes if expanded; the walk stops at kMaxYamlNodesWalked.
  std::string yaml = "l0: &l0 [x, x, x, x, x, x, x, x, x]\n";
  for (int level = 1; level <= 9; ++level) {
    std::string below = "*l" + std::to_string(level - 1);
    yaml += "l" + std::to_string(level) + ": &l" + std::to_string(level) + " [";
    for (int i = 0; i < 9; ++i) yaml += (i ? ", " : "") + below;
    yaml += "]\n";
  }
  YAML::Node root = YAML::Load(yaml);
  int reports = 0;
  ForEachDuplicateKey(root, [&](const std::string&, const YAML::Mark&, const YAML::Mark&) { ++reports; });
  CHECK(reports == 0);
}
