#pragma once
// Everything a command touches outside its own memory, created once in
// main() and passed down: no stage reaches for globals.

#include <ostream>
#include <string>

#include "base/clock.h"
#include "base/file_system.h"
#include "pdf/page_printer.h"

namespace charterc {

struct Env {
  FileSystem& fs;
  std::ostream& out;  // results a user asked for (listings, JSON)
  std::ostream& err;  // diagnostics and progress
  const Clock& clock;     // the moment of the build (SOURCE_DATE_EPOCH fixes it)
  PagePrinter& printer;   // prints PDFs: Chromium, or a fake in tests
  // Which charterc this is, down to the binary (version, and the
  // executable's size and time): a new build of charterc makes every
  // output again, as it may render differently.
  std::string program = CHARTERC_VERSION;
  // What main() learnt about the terminal, so nothing past it calls isatty
  // or getenv. The defaults are those of a pipe: no colours, no status line.
  bool err_is_terminal = false;  // stderr is an interactive terminal (not TERM=dumb, not CI)
  int err_columns = 0;           // its width in columns; 0 when unknown
  bool no_color = false;         // NO_COLOR is set and not empty (https://no-color.org)
  std::string cwd = "";          // absolute current folder, where project discovery starts; "" = "."

  // The same environment seen through another file system (one that
  // records what a build reads): every other field is kept.
  Env WithFileSystem(FileSystem& other) const { return With(other, out, err); }
  // The same environment printing elsewhere (to keep what a build printed).
  Env WithStreams(std::ostream& other_out, std::ostream& other_err) const { return With(fs, other_out, other_err); }

 private:
  Env With(FileSystem& other_fs, std::ostream& other_out, std::ostream& other_err) const {
    // Every field, in order: a field added above must be added here too.
    return {other_fs, other_out,       other_err,   clock,    printer,
            program,  err_is_terminal, err_columns, no_color, cwd};
  }
};

// Exit codes shared by every command. kExitUsage also covers files that
// cannot be read or written: the fix is on the machine, not in the charters.
enum ExitCode : int { kExitClean = 0, kExitProjectErrors = 1, kExitUsage = 2 };

}  // namespace charterc
