#pragma once
// Prints HTML pages to PDF with one headless Chromium per build: the browser
// starts on the first page, and every later page reuses one of its tabs, so
// a build pays the start-up (about a second) once, not per document.
// Several threads may print at once: each takes a free tab (opening one
// when none is free), so pages print side by side. A tab prints one page at
// a time. The structure element ids Chromium writes depend on the tab and
// on what it printed before: pdf/structure_ids.h makes them depend only on
// the page.

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "pdf/browser_process.h"
#include "pdf/devtools_client.h"

namespace charterc {

class PdfPrinter {
 public:
  explicit PdfPrinter(std::string browser) : browser_(std::move(browser)) {}
  ~PdfPrinter();

  // Prints a complete HTML document (its styles inline, its @page rules
  // giving size and margins) to a tagged PDF with a document outline.
  // Empty, with `error`, if the browser cannot be started or fails.
  // Safe to call from several threads at once.
  std::string Print(const std::string& html, std::string* error);

 private:
  struct Tab {
    std::string target_id;   // also its main frame's id
    std::string session_id;  // our flat session with that tab
  };
  bool Open(std::string* error);
  // A tab no other thread is printing in; false when none can be opened.
  bool TakeTab(Tab* tab, std::string* error);
  void ReturnTab(Tab tab);
  bool OpenTab(Tab* tab, std::string* error);

  std::string browser_;
  std::mutex mutex_;  // guards everything below but the client's own calls
  std::unique_ptr<BrowserProcess> process_;
  std::unique_ptr<DevToolsClient> client_;
  std::vector<Tab> free_tabs_;
  bool failed_ = false;  // once the browser is gone, do not restart it per page
  std::string failure_;
};

// Decodes the base64 text of Page.printToPDF's reply (with nettle).
bool DecodeBase64(const std::string& text, std::string* bytes);

}  // namespace charterc
