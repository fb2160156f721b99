#include "serve/served_file.h"

#include <sys/stat.h>

#include <cstdlib>
#include <memory>

#include "base/file_system.h"

namespace charterc {

namespace {

// realpath(3) resolved, or "" when the path does not exist.
std::string RealPath(const std::string& path) {
  std::unique_ptr<char, decltype(&std::free)> resolved(realpath(path.c_str(), nullptr), &std::free);
  return resolved ? std::string(resolved.get()) : std::string();
}

}  // namespace

ServedFile ResolveServedFile(const std::string& out_dir, const std::string& relative) {
  const std::string root = RealPath(out_dir);
  if (root.empty()) return {};
  const std::string resolved = RealPath(JoinPath(out_dir, relative));
  if (resolved.empty()) return {};
  if (resolved != root && resolved.rfind(root == "/" ? root : root + "/", 0) != 0) {
    return {ServedKind::Refused, {}};
  }
  struct stat info {};
  if (stat(resolved.c_str(), &info) != 0) return {};
  if (S_ISDIR(info.st_mode)) return {ServedKind::Folder, resolved};
  if (!S_ISREG(info.st_mode)) return {ServedKind::Refused, {}};
  return {ServedKind::File, resolved};
}

}  // namespace charterc
