#pragma once
// Everything a command touches outside its own memory, created once in
// main() and passed down: no stage reaches for globals.

#include <ostream>

#include "base/file_system.h"

namespace charterc {

struct Env {
  FileSystem& fs;
  std::ostream& out;  // results a user asked for (listings, JSON)
  std::ostream& err;  // diagnostics and progress
};

// Exit codes shared by every command. kExitUsage also covers files that
// cannot be read or written: the fix is on the machine, not in the charters.
enum ExitCode : int { kExitClean = 0, kExitProjectErrors = 1, kExitUsage = 2 };

}  // namespace charterc
