#include "base/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
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

const char* EntryKindName(EntryKind kind) {
  switch (kind) {
    case EntryKind::Missing: return "missing";
    case EntryKind::File: return "file";
    case EntryKind::Directory: return "folder";
    case EntryKind::Symlink: return "symbolic link";
    case EntryKind::Fifo: return "FIFO (named pipe)";
    case EntryKind::Device: return "device";
    case EntryKind::Socket: return "socket";
  }
  return "file";
}

namespace {

EntryKind KindOf(mode_t mode) {
  if (S_ISREG(mode)) return EntryKind::File;
  if (S_ISDIR(mode)) return EntryKind::Directory;
  if (S_ISLNK(mode)) return EntryKind::Symlink;
  if (S_ISFIFO(mode)) return EntryKind::Fifo;
  if (S_ISSOCK(mode)) return EntryKind::Socket;
  return EntryKind::Device;
}

// Closes a descriptor on every way out.
struct FdCloser {
  int fd;
  ~FdCloser() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

bool RealFileSystem::ReadFile(const std::string& path, std::string* contents, std::string* error) const {
  // O_NONBLOCK: a FIFO put where a file should be must not stall the
  // build; whatever it is, only an ordinary file is read.
  FdCloser file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
  struct stat facts {};
  if (file.fd < 0 || ::fstat(file.fd, &facts) != 0) {
    *error = std::strerror(errno);
    return false;
  }
  if (!S_ISREG(facts.st_mode)) {
    *error = std::string("not an ordinary file but a ") + EntryKindName(KindOf(facts.st_mode));
    return false;
  }
  contents->clear();
  contents->reserve(static_cast<size_t>(facts.st_size));
  char buffer[1 << 16];
  for (;;) {
    ssize_t got = ::read(file.fd, buffer, sizeof buffer);
    if (got == 0) return true;
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      *error = std::strerror(errno);
      return false;
    }
    contents->append(buffer, static_cast<size_t>(got));
  }
}

EntryFacts RealFileSystem::Examine(const std::string& path) const {
  struct stat facts {};
  if (::lstat(path.c_str(), &facts) != 0) return {};
  bool writable = (facts.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0;
  return {KindOf(facts.st_mode), static_cast<uint64_t>(facts.st_size), !writable};
}

std::string RealFileSystem::LinkTarget(const std::string& path) const {
  std::error_code ec;
  fs::path target = fs::read_symlink(path, ec);
  return ec ? "" : target.string();
}

std::string RealFileSystem::RealPath(const std::string& path) const {
  std::error_code ec;
  fs::path real = fs::canonical(path, ec);
  return ec ? "" : real.string();
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
  // Its name (TempFileName) is one a later run can recognise and remove
  // when this one is killed before the rename. O_EXCL | O_NOFOLLOW: a
  // link or file planted under that name is never written through.
  std::string temp = TempFileName(path, ::getpid());
  fs::remove(temp, ec);  // a leftover of a killed run with the same pid
  {
    FdCloser out{::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666)};
    bool ok = out.fd >= 0;
    for (size_t done = 0; ok && done < contents.size();) {
      ssize_t put = ::write(out.fd, contents.data() + done, contents.size() - done);
      if (put < 0 && errno == EINTR) continue;
      ok = put > 0;
      if (ok) done += static_cast<size_t>(put);
    }
    // A full disk may only show when the file is closed.
    if (ok && out.fd >= 0) {
      ok = ::close(out.fd) == 0;
      out.fd = -1;
    }
    if (!ok) {
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

std::string TempFileName(const std::string& path, long pid) {
  return path + kTempMarker + std::to_string(pid);
}

bool IsTempFileName(const std::string& name) {
  size_t at = name.rfind(kTempMarker);
  if (at == std::string::npos || at == 0) return false;
  size_t digits = at + std::char_traits<char>::length(kTempMarker);
  if (digits == name.size()) return false;
  return std::all_of(name.begin() + static_cast<std::ptrdiff_t>(digits), name.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
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

EntryFacts MemoryFileSystem::Examine(const std::string& path) const {
  auto it = files_.find(path);
  if (it != files_.end()) return {EntryKind::File, it->second.size(), false};
  return IsDirectory(path) ? EntryFacts{EntryKind::Directory, 0, false} : EntryFacts{};
}

std::string MemoryFileSystem::RealPath(const std::string& path) const {
  if (!IsFile(path) && !IsDirectory(path) && path != "." && !path.empty()) return "";
  std::string real = "/mem";
  if (!path.empty() && path != ".") real += "/" + (path.rfind("./", 0) == 0 ? path.substr(2) : path);
  while (real.size() > 1 && real.back() == '/') real.pop_back();
  return real;
}

bool MemoryFileSystem::RemoveFile(const std::string& path, std::string* error) {
  if (files_.erase(path) > 0) return true;
  *error = "no such file";
  return false;
}

}  // namespace charterc
