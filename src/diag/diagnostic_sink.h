#pragma once
// Collects every diagnostic of a run, so all problems are reported together
// and in a stable order, whatever order the stages found them in.

#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "diag/diagnostic.h"

namespace charterc {

// The longest message, hint or detail a finding keeps, in code points; the
// rest is cut with "…".
constexpr int kMaxMessageCodePoints = 500;

class DiagnosticSink {
 public:
  // Reports `code` with its registry severity, or the project's choice for
  // it (set_severities); a code turned off is dropped. `details`: what a
  // summary finding counts, in full.
  void Report(DiagCode code, SourceLocation location, std::string message, std::string hint = {},
              std::vector<std::string> details = {});

  // Copies what the calling thread reports from now on into `into` too,
  // until StopCapture on that thread: what one output job found, kept in
  // the build state and reported again when a later build reuses that
  // output instead of making it.
  void StartCapture(std::vector<Diagnostic>* into);
  void StopCapture();

  // Diagnostics sorted by file, line, column, then code.
  std::vector<Diagnostic> Sorted() const;
  // Baselined findings are not counted here (see BaselinedCount).
  int ErrorCount() const;
  int WarningCount() const;
  int BaselinedCount() const;
  // Integrity errors reported against `file`: its content may be wrong
  // (a vague promise is not such an error).
  bool HasIntegrityErrorsIn(const std::string& file) const;
  // Every file with an integrity error so far: what a build decides not to
  // publish (a quality error, such as a vague promise, never unpublishes),
  // taken once before writing, so errors in writing (a PDF that fails to
  // print) do not unpublish a document's other formats.
  std::set<std::string> FilesWithErrors() const;
  // Whether a file could not be read or written (see IsIoFailure).
  bool HasIoFailure() const;
  // --strict: every warning counts as an error from now on.
  void set_warnings_are_errors(bool value) { warnings_are_errors_ = value; }
  // charterc.yaml's `severity:` choices (quality codes, or integrity codes
  // raised; the config loader refuses lowering an integrity code). Applies
  // to what was reported already and to what comes later.
  void set_severities(const std::map<DiagCode, SeverityChoice>& choices);
  // Marks the findings `is_baselined` selects; they stop counting.
  template <typename Predicate>
  void MarkBaselined(Predicate is_baselined) {
    for (Diagnostic& d : diagnostics_) d.baselined = is_baselined(d);
  }

 private:
  // The severity `code` is reported with, nullopt when it is turned off.
  SeverityChoice SeverityOf(DiagCode code) const;

  // Output jobs report from several threads (driver/job_runner.h).
  mutable std::mutex mutex_;
  std::vector<Diagnostic> diagnostics_;
  bool warnings_are_errors_ = false;
  std::map<DiagCode, SeverityChoice> severities_;
  std::map<std::thread::id, std::vector<Diagnostic>*> captures_;
};

}  // namespace charterc
