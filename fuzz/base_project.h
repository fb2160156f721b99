#pragma once
// The small charter project every harness starts from (fuzz/project/),
// compiled into the harnesses by fuzz/embed_project.cmake.

#include <string_view>
#include <vector>

namespace charterc::fuzz {

struct ProjectFile {
  std::string_view path;  // inside the project: "charters/charter.md"
  std::string_view data;
};

const std::vector<ProjectFile>& BaseProjectFiles();

}  // namespace charterc::fuzz
