#include "pdf/chromium_printer.h"

#include <unistd.h>

#include <sstream>

namespace charterc {

namespace {

bool IsExecutable(const std::string& path) { return access(path.c_str(), X_OK) == 0; }

std::string SearchPath(const std::string& command, const std::string& path) {
  if (command.find('/') != std::string::npos) return IsExecutable(command) ? command : "";
  std::istringstream dirs(path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    std::string candidate = (dir.empty() ? "." : dir) + "/" + command;
    if (IsExecutable(candidate)) return candidate;
  }
  return "";
}

}  // namespace

std::string FindBrowser(const BrowserSearch& search, std::string* looked_for) {
  if (!search.chosen.empty()) {
    *looked_for = "CHARTERC_CHROMIUM=" + search.chosen;
    return SearchPath(search.chosen, search.path);
  }
  *looked_for = "chromium, chromium-browser or google-chrome on PATH";
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    if (std::string found = SearchPath(name, search.path); !found.empty()) return found;
  }
  return "";
}

bool ChromiumPrinter::Available(std::string* looked_for) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!browser_) browser_ = FindBrowser(search_, &looked_for_);
  *looked_for = looked_for_;
  return !browser_->empty();
}

std::string ChromiumPrinter::Print(const std::string& html, std::string* error) {
  std::string looked_for;
  if (!Available(&looked_for)) {
    *error = "no browser found (looked for " + looked_for + ")";
    return {};
  }
  PdfPrinter* printer = nullptr;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!printer_) printer_ = std::make_unique<PdfPrinter>(*browser_);
    printer = printer_.get();
  }
  return printer->Print(html, error);  // PdfPrinter is safe to share between threads
}

}  // namespace charterc
