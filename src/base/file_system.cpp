#include "base/file_system.h"

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace charterc {

namespace fs = std::filesystem;

std::string JoinPath(const std::string& base, const std::string& name) {
  if (base.empty() || base == ".") return name;
  if (base.back() == '/') return base + name;
  return base + "/" + name;
}

std::string ProjectRelativePath(const std::string& root, const std::string& path) {
  if (root.empty() || root == ".") return path;
  std::string prefix = root.back() == '/' ? root : root + "/";
  return path.rfind(prefix, 0) == 0 ? path.substr(prefix.size()) : path;
}

bool RealFileSystem::ReadFile(const std::string& path, std::string* contents, std::string* error) const {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = std::strerror(errno);
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *contents = buffer.str();
  return true;
}

std::string RealFileSystem::ResolvedPath(const std::string& path) const {
  std::error_code ec;
  fs::path resolved = fs::canonical(path, ec);
  return ec ? "" : resolved.string();
}

bool RealFileSystem::IsFile(const std::string& path) const {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

bool RealFileSystem::IsDirectory(const std::string& path) const {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

std::vector<std::string> RealFileSystem::ListFiles(const std::string& dir) const {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    // Anything but a folder is listed, so an unreadable entry (a broken
    // link, say) is reported when read instead of silently skipped.
    if (!it->is_directory(ec)) names.push_back(it->path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> RealFileSystem::ListDirectories(const std::string& dir) const {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_directory(ec)) names.push_back(it->path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

bool RealFileSystem::WriteFileAtomic(const std::string& path, const std::string& contents, std::string* error) {
  fs::path target(path);
  std::error_code ec;
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  if (ec) {
    *error = ec.message();
    return false;
  }
  // The temporary file sits in the target's folder so rename() stays atomic.
  std::string temp = path + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << contents;
    out.close();  // a full disk may only show when the last block is written
    if (!out) {
      *error = std::strerror(errno);
      fs::remove(temp, ec);
      return false;
    }
  }
  fs::rename(temp, target, ec);
  if (ec) {
    *error = ec.message();
    fs::remove(temp, ec);
    return false;
  }
  return true;
}

bool MemoryFileSystem::ReadFile(const std::string& path, std::string* contents, std::string* error) const {
  auto it = files_.find(path);
  if (it == files_.end()) {
    *error = "No such file or directory";
    return false;
  }
  *contents = it->second;
  return true;
}

bool MemoryFileSystem::IsFile(const std::string& path) const { return files_.count(path) > 0; }

std::string MemoryFileSystem::ResolvedPath(const std::string& path) const {
  if (!IsFile(path) && !IsDirectory(path)) return "";
  std::string resolved = (fs::path("/") / path).lexically_normal().string();
  while (resolved.size() > 1 && resolved.back() == '/') resolved.pop_back();
  return resolved;
}

bool MemoryFileSystem::IsDirectory(const std::string& path) const {
  std::string prefix = path.empty() || path.back() == '/' ? path : path + "/";
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

std::vector<std::string> MemoryFileSystem::ListFiles(const std::string& dir) const {
  std::string prefix = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  std::vector<std::string> names;
  for (const auto& [path, unused] : files_) {
    if (path.compare(0, prefix.size(), prefix) != 0) continue;
    std::string rest = path.substr(prefix.size());
    if (rest.find('/') == std::string::npos) names.push_back(rest);
  }
  return names;
}

std::vector<std::string> MemoryFileSystem::ListDirectories(const std::string& dir) const {
  std::string prefix = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  std::set<std::string> names;
  for (const auto& [path, unused] : files_) {
    if (path.compare(0, prefix.size(), prefix) != 0) continue;
    std::string rest = path.substr(prefix.size());
    size_t slash = rest.find('/');
    if (slash != std::string::npos) names.insert(rest.substr(0, slash));
  }
  return {names.begin(), names.end()};
}

bool MemoryFileSystem::WriteFileAtomic(const std::string& path, const std::string& contents, std::string*) {
  files_[path] = contents;
  return true;
}

bool RealFileSystem::RemoveFile(const std::string& path, std::string* error) {
  std::error_code failure;
  if (std::filesystem::remove(path, failure)) return true;
  *error = failure ? failure.message() : "no such file";
  return false;
}

bool MemoryFileSystem::RemoveFile(const std::string& path, std::string* error) {
  if (files_.erase(path) > 0) return true;
  *error = "no such file";
  return false;
}

}  // namespace charterc
