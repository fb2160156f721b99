// charterc: compiles customer service charters. See README.md.

#include <sys/stat.h>

#include <cstdlib>
#include <iostream>
#include <string>

#include "base/file_system.h"
#include "driver/cli.h"
#include "pdf/chromium_printer.h"

namespace {

// charterc's version and its executable's size and time: a rebuilt
// charterc may render differently, so the build state starts over.
std::string ProgramIdentity() {
  std::string identity = CHARTERC_VERSION;
  struct stat info {};
  if (stat("/proc/self/exe", &info) == 0) {
    identity += " " + std::to_string(info.st_size) + " " + std::to_string(info.st_mtim.tv_sec) + "." +
                std::to_string(info.st_mtim.tv_nsec);
  }
  return identity;
}

}  // namespace

int main(int argc, char** argv) {
  charterc::RealFileSystem fs;
  // The only place charterc reads its environment: everything below gets
  // these values through Env.
  charterc::SystemClock clock(charterc::ParseSourceDateEpoch(std::getenv("SOURCE_DATE_EPOCH")));
  charterc::BrowserSearch search;
  if (const char* chosen = std::getenv("CHARTERC_CHROMIUM")) search.chosen = chosen;
  if (const char* path = std::getenv("PATH")) search.path = path;
  charterc::ChromiumPrinter printer(search);
  charterc::Env env{fs, std::cout, std::cerr, clock, printer};
  env.program = ProgramIdentity();
  return charterc::RunCommandLine(env, argc, argv);
}
