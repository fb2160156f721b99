#include "output/output_writer.h"

namespace charterc {

bool OutputWriter::MayWrite(const std::string& relative) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::string path = out_dir_;
  for (size_t start = 0; start <= relative.size();) {
    size_t slash = relative.find('/', start);
    if (slash == std::string::npos) slash = relative.size();
    path = JoinPath(path, relative.substr(start, slash - start));
    const bool last = slash == relative.size();
    start = slash + 1;
    EntryFacts facts = fs_.Examine(path);
    if (refused_.count(path)) return false;
    if (facts.kind == EntryKind::Symlink) {
      std::string error;
      if (force_ && fs_.RemoveFile(path, &error)) continue;  // the link goes; a real file or folder is made
      refused_.insert(path);
      sink_.Report(DiagCode::E1408, SourceLocation{path, 0, 0, 0},
                   "'" + path + "' is a symbolic link; charterc does not write through links",
                   "remove the link (charterc makes the " + std::string(last ? "file" : "folder") +
                       " itself), or add --force to replace it");
      return false;
    }
    if (last && facts.kind == EntryKind::File && facts.read_only && !force_) {
      refused_.insert(path);
      sink_.Report(DiagCode::E1410, SourceLocation{path, 0, 0, 0},
                   "'" + path + "' is read-only; charterc does not replace it",
                   "make it writable or remove it if charterc may replace it, or add --force");
      return false;
    }
  }
  return true;
}

bool OutputWriter::Write(const std::string& relative, const std::string& contents) {
  if (!MayWrite(relative)) return false;
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
