#pragma once
// Writes the files of a build under the output folder, each atomically, and
// remembers what was written for the summary.

#include <mutex>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "diag/diagnostic_sink.h"

namespace charterc {

class OutputWriter {
 public:
  OutputWriter(FileSystem& fs, std::string out_dir, DiagnosticSink& sink)
      : fs_(fs), out_dir_(std::move(out_dir)), sink_(sink) {}

  // Writes `relative` (e.g. "en/charter.html") under the output folder;
  // a failure becomes an E0801 diagnostic and false.
  bool Write(const std::string& relative, const std::string& contents);

  // What was written, in the order it was (which varies between runs with
  // several jobs): sort before showing it.
  const std::vector<std::string>& written() const { return written_; }
  const std::string& out_dir() const { return out_dir_; }

 private:
  FileSystem& fs_;
  std::string out_dir_;
  DiagnosticSink& sink_;
  std::mutex mutex_;  // jobs write from several threads
  std::vector<std::string> written_;
};

}  // namespace charterc
