// charterc: compiles customer service charters. See README.md.
// The only place that asks the machine about its environment: what it learns
// goes into Env as plain values.

#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>

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

bool IsSet(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0';
}

// CI services set CI (most to "true"); "false" or "0" says this is not one.
bool InCi() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && *ci != '\0' && std::string_view(ci) != "false" && std::string_view(ci) != "0";
}

// A status line and colours need a terminal that understands escape codes; a
// CI log is kept as plain text even when the runner gives it a pseudo-terminal.
bool StderrIsTerminal() {
  const char* term = std::getenv("TERM");
  return isatty(STDERR_FILENO) == 1 && !(term != nullptr && std::string_view(term) == "dumb") && !InCi();
}

int StderrColumns() {
  winsize size{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0) return size.ws_col;
  return 0;
}

std::string CurrentFolder() {
  std::error_code error;
  std::filesystem::path cwd = std::filesystem::current_path(error);
  return error ? std::string() : cwd.string();
}

}  // namespace

int main(int argc, char** argv) {
  charterc::RealFileSystem fs;
  charterc::SystemClock clock(charterc::ParseSourceDateEpoch(std::getenv("SOURCE_DATE_EPOCH")));
  charterc::BrowserSearch search;
  if (const char* chosen = std::getenv("CHARTERC_CHROMIUM")) search.chosen = chosen;
  if (const char* path = std::getenv("PATH")) search.path = path;
  charterc::ChromiumPrinter printer(search);
  charterc::Env env{fs, std::cout, std::cerr, clock, printer};
  env.program = ProgramIdentity();
  env.err_is_terminal = StderrIsTerminal();
  env.err_columns = env.err_is_terminal ? StderrColumns() : 0;
  env.no_color = IsSet("NO_COLOR");
  env.cwd = CurrentFolder();
  return charterc::RunCommandLine(env, argc, argv);
}
