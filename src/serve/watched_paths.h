#pragma once
// What `charterc serve` watches in a project, and which changes it ignores.
// Pure, so the rules are tested without inotify.

#include <span>
#include <string_view>

namespace charterc {

// Watched with every folder inside them, including folders created later.
std::span<const std::string_view> WatchedFolders();  // charters, locales, themes, data

// Files at the top of the project whose change needs a build.
bool IsWatchedTopFile(std::string_view name);  // charterc.yaml, charterc-baseline.json

// Editors' swap, lock, backup and temporary files: they change on every
// keystroke or save without changing any input. The real file's own event
// (written, or renamed into place) still triggers the build.
bool IsScratchFile(std::string_view name);

// Folders never descended into: hidden ones (.git and the like).
bool IsSkippedFolder(std::string_view name);

}  // namespace charterc
