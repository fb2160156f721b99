#pragma once
// Prints HTML pages to PDF with one headless Chromium per build: the browser
// starts on the first page and every later page reuses its tab, so a build
// pays the start-up (about a second) once, not per document.

#include <memory>
#include <string>

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
  std::string Print(const std::string& html, std::string* error);

 private:
  bool Open(std::string* error);

  std::string browser_;
  std::unique_ptr<BrowserProcess> process_;
  std::unique_ptr<DevToolsClient> client_;
  std::string target_id_;   // the tab, also its main frame's id
  std::string session_id_;  // our flat session with that tab
  bool failed_ = false;     // once the browser is gone, do not restart it per page
  std::string failure_;
};

// Decodes the base64 text of Page.printToPDF's reply (with nettle).
bool DecodeBase64(const std::string& text, std::string* bytes);

}  // namespace charterc
