#include "output/output_cleanup.h"

namespace charterc {

namespace {

// A relative path of plain names: no "", "." or ".." part, not absolute.
bool PlainRelative(const std::string& relative) {
  if (relative.empty() || relative[0] == '/') return false;
  for (size_t start = 0; start <= relative.size();) {
    size_t slash = relative.find('/', start);
    if (slash == std::string::npos) slash = relative.size();
    std::string part = relative.substr(start, slash - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = slash + 1;
  }
  return true;
}

// True when no folder between `out_dir` and `relative`'s file is a link.
bool NoLinkOnTheWay(const FileSystem& fs, const std::string& out_dir, const std::string& relative) {
  for (size_t slash = relative.find('/'); slash != std::string::npos; slash = relative.find('/', slash + 1)) {
    if (fs.Examine(JoinPath(out_dir, relative.substr(0, slash))).kind != EntryKind::Directory) return false;
  }
  return true;
}

int Sweep(FileSystem& fs, const std::string& dir, int depth) {
  int removed = 0;
  std::string error;
  for (const std::string& name : fs.ListFiles(dir)) {
    const std::string path = JoinPath(dir, name);
    if (IsTempFileName(name) && fs.Examine(path).kind == EntryKind::File && fs.RemoveFile(path, &error)) ++removed;
  }
  if (depth == 0) return removed;  // charterc's own layout is a few levels deep
  for (const std::string& name : fs.ListDirectories(dir)) {
    const std::string path = JoinPath(dir, name);
    if (fs.Examine(path).kind == EntryKind::Directory) removed += Sweep(fs, path, depth - 1);
  }
  return removed;
}

}  // namespace

bool RemoveRecordedOutput(FileSystem& fs, const std::string& out_dir, const std::string& relative, std::string* error) {
  if (!PlainRelative(relative) || !NoLinkOnTheWay(fs, out_dir, relative)) {
    *error = "not a path inside the output folder";
    return false;
  }
  const std::string path = JoinPath(out_dir, relative);
  if (fs.Examine(path).kind != EntryKind::File) {
    *error = "not a file charterc wrote";
    return false;
  }
  return fs.RemoveFile(path, error);
}

int SweepTempFiles(FileSystem& fs, const std::string& out_dir) { return Sweep(fs, out_dir, 8); }

}  // namespace charterc
