// charterc: compiles customer service charters. See README.md.

#include <cstdlib>
#include <iostream>

#include "base/file_system.h"
#include "driver/cli.h"
#include "pdf/chromium_printer.h"

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
  return charterc::RunCommandLine(env, argc, argv);
}
