#pragma once
// Finds the project a command works on when no folder is named, the way git
// finds its repository: the current folder or the nearest one above it that
// holds charterc.yaml or charters/.

#include <optional>
#include <string>

#include "base/file_system.h"

namespace charterc {

// `cwd`: the absolute current folder ("/home/ana/site/charters"); empty when
// unknown, in which case the current folder itself (".") is the answer.
// Returns the project folder relative to `cwd` (".", "..", "../.."), so that
// file names in diagnostics still lead from where the user stands; nothing
// when no folder up to the root holds a project.
std::optional<std::string> FindProjectRoot(const FileSystem& fs, const std::string& cwd);

// Whether `dir` holds charterc.yaml or a charters/ folder.
bool LooksLikeProject(const FileSystem& fs, const std::string& dir);

}  // namespace charterc
