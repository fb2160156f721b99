#pragma once
// Everything a command touches outside its own memory, created once in
// main() and passed down: no stage reaches for globals.

#include <ostream>

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
};

// Exit codes shared by every command. kExitUsage also covers files that
// cannot be read or written: the fix is on the machine, not in the charters.
enum ExitCode : int { kExitClean = 0, kExitProjectErrors = 1, kExitUsage = 2 };

}  // namespace charterc
