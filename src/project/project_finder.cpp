#include "project/project_finder.h"

namespace charterc {

namespace {

// "/a/b" -> "/a", "/a" -> "/", "/" -> "" (no parent).
std::string Parent(const std::string& dir) {
  if (dir.empty() || dir == "/") return "";
  size_t slash = dir.find_last_of('/', dir.size() > 1 && dir.back() == '/' ? dir.size() - 2 : std::string::npos);
  if (slash == std::string::npos) return "";
  return slash == 0 ? "/" : dir.substr(0, slash);
}

}  // namespace

bool LooksLikeProject(const FileSystem& fs, const std::string& dir) {
  return fs.IsFile(JoinPath(dir, "charterc.yaml")) || fs.IsDirectory(JoinPath(dir, "charters"));
}

std::optional<std::string> FindProjectRoot(const FileSystem& fs, const std::string& cwd) {
  if (cwd.empty()) return ".";
  std::string relative = ".";
  for (std::string dir = cwd; !dir.empty(); dir = Parent(dir)) {
    if (LooksLikeProject(fs, dir)) return relative;
    relative = relative == "." ? ".." : relative + "/..";
  }
  return std::nullopt;
}

}  // namespace charterc
