#pragma once
// What prints a print page to PDF, as the build sees it. main() makes the
// real one (a headless Chromium, found on PATH or named by
// CHARTERC_CHROMIUM) and passes it in Env; tests pass a fake, so in-memory
// builds never start a browser.

#include <string>

namespace charterc {

class PagePrinter {
 public:
  virtual ~PagePrinter() = default;
  // Whether printing can work here; when not, `looked_for` says what was
  // searched, for the diagnostic.
  virtual bool Available(std::string* looked_for) = 0;
  // A complete HTML document to PDF bytes; empty, with `error`, on failure.
  // The build calls it from several threads at once (one per job worker).
  virtual std::string Print(const std::string& html, std::string* error) = 0;
};

// A printer that is never available: builds without PDFs, and tests.
class NoPrinter : public PagePrinter {
 public:
  explicit NoPrinter(std::string why = "no printer in this environment") : why_(std::move(why)) {}
  bool Available(std::string* looked_for) override {
    *looked_for = why_;
    return false;
  }
  std::string Print(const std::string&, std::string* error) override {
    *error = why_;
    return {};
  }

 private:
  std::string why_;
};

}  // namespace charterc
