#pragma once
// Writes the files of a build under the output folder, each atomically, and
// remembers what was written for the summary. It never writes through a
// symbolic link inside the output folder (a linked out/en would put pages
// wherever the link points) and never replaces a read-only file: both are
// errors (E1408, E1410) unless --force, which replaces the link or file.

#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "diag/diagnostic_sink.h"

namespace charterc {

class OutputWriter {
 public:
  OutputWriter(FileSystem& fs, std::string out_dir, DiagnosticSink& sink, bool force = false)
      : fs_(fs), out_dir_(std::move(out_dir)), sink_(sink), force_(force) {}

  // Writes `relative` (e.g. "en/charter.html") under the output folder;
  // a failure becomes an E0801 diagnostic and false.
  bool Write(const std::string& relative, const std::string& contents);

  // Whether `relative` may be written: no link on its way (with force, the
  // link is removed) and no read-only file there. Reports once per path.
  bool MayWrite(const std::string& relative);

  // What was written, in the order it was (which varies between runs with
  // several jobs): sort before showing it.
  const std::vector<std::string>& written() const { return written_; }
  const std::string& out_dir() const { return out_dir_; }

 private:
  FileSystem& fs_;
  std::string out_dir_;
  DiagnosticSink& sink_;
  bool force_;
  std::mutex mutex_;  // jobs write from several threads
  std::vector<std::string> written_;
  std::set<std::string> refused_;  // paths already reported
};

}  // namespace charterc
