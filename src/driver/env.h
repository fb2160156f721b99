#pragma once
// Everything a command touches outside its own memory, created once in
// main() and passed down: no stage reaches for globals.

#include <ostream>
#include <string>

#include "base/file_system.h"

namespace charterc {

struct Env {
  FileSystem& fs;
  std::ostream& out;  // results a user asked for (listings, JSON)
  std::ostream& err;  // diagnostics and progress
  // What main() learnt about the terminal, so nothing past it calls isatty
  // or getenv. The defaults are those of a pipe: no colours, no status line.
  bool err_is_terminal = false;  // stderr is an interactive terminal (not TERM=dumb, not CI)
  int err_columns = 0;           // its width in columns; 0 when unknown
  bool no_color = false;         // NO_COLOR is set and not empty (https://no-color.org)
  std::string cwd = "";          // absolute current folder, where project discovery starts; "" = "."
};

// Exit codes shared by every command. kExitUsage also covers files that
// cannot be read or written: the fix is on the machine, not in the charters.
enum ExitCode : int { kExitClean = 0, kExitProjectErrors = 1, kExitUsage = 2 };

}  // namespace charterc
