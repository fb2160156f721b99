#pragma once
// Collects every diagnostic of a run, so all problems are reported together
// and in a stable order, whatever order the stages found them in.

#include <set>
#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace charterc {

class DiagnosticSink {
 public:
  // Reports `code` with its registry severity.
  void Report(DiagCode code, SourceLocation location, std::string message, std::string hint = {},
              std::vector<std::string> details = {});

  // Diagnostics sorted by file, line, column, then code.
  std::vector<Diagnostic> Sorted() const;
  int ErrorCount() const;
  int WarningCount() const;
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

 private:
  std::vector<Diagnostic> diagnostics_;
  bool warnings_are_errors_ = false;
};

}  // namespace charterc
