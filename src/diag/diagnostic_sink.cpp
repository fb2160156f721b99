#include "diag/diagnostic_sink.h"

#include <algorithm>
#include <tuple>

#include "base/utf8_text.h"

namespace charterc {

SeverityChoice DiagnosticSink::SeverityOf(DiagCode code) const {
  auto chosen = severities_.find(code);
  SeverityChoice severity = chosen == severities_.end() ? InfoOf(code).severity : chosen->second;
  if (warnings_are_errors_ && severity == Severity::Warning) severity = Severity::Error;
  return severity;
}

void DiagnosticSink::Report(DiagCode code, SourceLocation location, std::string message, std::string hint,
                            std::vector<std::string> details) {
  SeverityChoice severity = SeverityOf(code);
  if (!severity) return;
  // Messages quote the input: kept valid UTF-8, free of terminal escapes and
  // short, whatever was quoted (docs/diagnostics.md).
  message = CutToCodePoints(ShowableUtf8(message), kMaxMessageCodePoints);
  hint = CutToCodePoints(ShowableUtf8(hint), kMaxMessageCodePoints);
  for (std::string& detail : details) detail = CutToCodePoints(ShowableUtf8(detail), kMaxMessageCodePoints);
  std::lock_guard<std::mutex> lock(mutex_);
  diagnostics_.push_back(
      Diagnostic{code, *severity, std::move(location), std::move(message), std::move(hint), std::move(details)});
  auto capture = captures_.find(std::this_thread::get_id());
  if (capture != captures_.end()) capture->second->push_back(diagnostics_.back());
}

void DiagnosticSink::StartCapture(std::vector<Diagnostic>* into) {
  std::lock_guard<std::mutex> lock(mutex_);
  captures_[std::this_thread::get_id()] = into;
}

void DiagnosticSink::StopCapture() {
  std::lock_guard<std::mutex> lock(mutex_);
  captures_.erase(std::this_thread::get_id());
}

void DiagnosticSink::set_severities(const std::map<DiagCode, SeverityChoice>& choices) {
  severities_ = choices;
  std::vector<Diagnostic> kept;
  for (Diagnostic& d : diagnostics_) {
    SeverityChoice severity = SeverityOf(d.code);
    if (!severity) continue;
    d.severity = *severity;
    kept.push_back(std::move(d));
  }
  diagnostics_ = std::move(kept);
}

std::vector<Diagnostic> DiagnosticSink::Sorted() const {
  std::vector<Diagnostic> sorted;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    sorted = diagnostics_;
  }
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.location.file, a.location.line, a.location.column, a.code) <
           std::tie(b.location.file, b.location.line, b.location.column, b.code);
  });
  return sorted;
}

int DiagnosticSink::ErrorCount() const {
  return static_cast<int>(std::count_if(diagnostics_.begin(), diagnostics_.end(),
                                        [](const Diagnostic& d) { return d.severity == Severity::Error && !d.baselined; }));
}

int DiagnosticSink::WarningCount() const {
  return static_cast<int>(std::count_if(diagnostics_.begin(), diagnostics_.end(),
                                        [](const Diagnostic& d) { return d.severity == Severity::Warning && !d.baselined; }));
}

int DiagnosticSink::BaselinedCount() const {
  return static_cast<int>(
      std::count_if(diagnostics_.begin(), diagnostics_.end(), [](const Diagnostic& d) { return d.baselined; }));
}

bool DiagnosticSink::HasIntegrityErrorsIn(const std::string& file) const {
  return std::any_of(diagnostics_.begin(), diagnostics_.end(), [&](const Diagnostic& d) {
    return d.severity == Severity::Error && InfoOf(d.code).kind == DiagKind::Integrity && d.location.file == file;
  });
}

std::set<std::string> DiagnosticSink::FilesWithErrors() const {
  std::set<std::string> files;
  for (const Diagnostic& d : diagnostics_) {
    // A quality finding never keeps a document from being published.
    if (d.severity == Severity::Error && InfoOf(d.code).kind == DiagKind::Integrity) files.insert(d.location.file);
  }
  return files;
}

bool DiagnosticSink::HasIoFailure() const {
  return std::any_of(diagnostics_.begin(), diagnostics_.end(), [](const Diagnostic& d) { return IsIoFailure(d.code); });
}

}  // namespace charterc
