#pragma once
// The real PagePrinter: Debian's Chromium (or the browser CHARTERC_CHROMIUM
// names), started on the first page a build prints and reused for the rest.
// Several threads may print at once, each in its own tab (pdf/pdf_printer.h).

#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "pdf/page_printer.h"
#include "pdf/pdf_printer.h"

namespace charterc {

// Where to look for the browser; main() fills it from the environment.
struct BrowserSearch {
  std::string chosen;  // $CHARTERC_CHROMIUM: a path or a command name; empty: not set
  std::string path = "/usr/bin:/bin";  // $PATH
};

// The browser's program: `chosen` when set, else the first of chromium,
// chromium-browser, google-chrome on `path`. Empty when none is found.
std::string FindBrowser(const BrowserSearch& search, std::string* looked_for);

class ChromiumPrinter : public PagePrinter {
 public:
  explicit ChromiumPrinter(BrowserSearch search) : search_(std::move(search)) {}
  bool Available(std::string* looked_for) override;
  std::string Print(const std::string& html, std::string* error) override;

 private:
  BrowserSearch search_;
  std::mutex mutex_;  // guards the two below
  std::optional<std::string> browser_;  // looked for once
  std::string looked_for_;
  std::unique_ptr<PdfPrinter> printer_;
};

}  // namespace charterc
