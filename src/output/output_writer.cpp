#include "output/output_writer.h"

namespace charterc {

bool OutputWriter::Write(const std::string& relative, const std::string& contents) {
  std::string path = JoinPath(out_dir_, relative);
  std::string error;
  if (!fs_.WriteFileAtomic(path, contents, &error)) {
    sink_.Report(DiagCode::E0801, SourceLocation{path, 0, 0, 0}, "cannot write output: " + error,
                 "check that the output folder is writable, or choose another with -o");
    return false;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  written_.push_back(relative);
  return true;
}

}  // namespace charterc
