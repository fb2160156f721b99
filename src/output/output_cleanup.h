#pragma once
// Removing files from the output folder, which charterc does in two cases
// only: an output its build state lists that the build no longer makes
// (a deleted document's page), and a temporary file of its own left by a
// run that was killed before its rename (base/file_system.h). Nothing is
// removed through a symbolic link, and no path leaves the folder.

#include <string>

#include "base/file_system.h"

namespace charterc {

// Removes the recorded output `relative` (as the build state names it);
// false with `error` when it is not removed. A path that is absolute, has
// ".." parts or passes through a link is refused: a damaged or planted
// state file must not delete anything outside the folder.
bool RemoveRecordedOutput(FileSystem& fs, const std::string& out_dir, const std::string& relative, std::string* error);

// Removes every "<name>.tmp<pid>" file in the output folder and its
// sub-folders (not following links); returns how many.
int SweepTempFiles(FileSystem& fs, const std::string& out_dir);

}  // namespace charterc
