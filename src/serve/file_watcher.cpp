#include "serve/file_watcher.h"

#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "base/file_system.h"
#include "serve/watched_paths.h"

namespace charterc {

namespace {

namespace fs = std::filesystem;

constexpr uint32_t kFolderEvents = IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO |
                                   IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_EXCL_UNLINK;

// The project folder and its four input folders may be symlinks (a shared
// charters/ folder); below them, symlinked folders are not followed, so a
// link to a parent cannot make the watch endless.
bool FollowsLinks(const std::string& relative) { return relative.find('/') == std::string::npos; }

std::string Resolved(const std::string& path) {
  std::error_code failure;
  fs::path canonical = fs::weakly_canonical(path, failure);
  return failure ? path : canonical.string();
}

bool IsWatchedFolderName(std::string_view name) {
  for (std::string_view folder : WatchedFolders()) {
    if (folder == name) return true;
  }
  return false;
}

}  // namespace

FileWatcher::FileWatcher(std::string root, std::string skip) : root_(std::move(root)) {
  if (!skip.empty()) skip_ = Resolved(skip);
}

FileWatcher::~FileWatcher() {
  if (fd_ >= 0) close(fd_);
}

std::string FileWatcher::PathOf(const std::string& relative) const {
  return relative.empty() ? (root_.empty() ? "." : root_) : JoinPath(root_, relative);
}

bool FileWatcher::Start(std::string* error, std::vector<std::string>* warnings) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) {
    *error = std::string("cannot watch files (inotify): ") + std::strerror(errno);
    return false;
  }
  RewatchAll(warnings);
  return true;
}

bool FileWatcher::AddWatch(const std::string& relative, std::vector<std::string>* warnings) {
  uint32_t mask = FollowsLinks(relative) ? kFolderEvents : kFolderEvents | IN_DONT_FOLLOW;
  int wd = inotify_add_watch(fd_, PathOf(relative).c_str(), mask);
  if (wd < 0) {
    std::string hint = errno == ENOSPC ? " (the system's limit on watches: raise fs.inotify.max_user_watches)" : "";
    warnings->push_back("cannot watch " + PathOf(relative) + ": " + std::strerror(errno) + hint);
    return false;
  }
  folders_[wd] = relative;
  return true;
}

void FileWatcher::WatchTree(const std::string& relative, std::vector<std::string>* warnings) {
  std::string path = PathOf(relative);
  if (!skip_.empty() && Resolved(path) == skip_) return;
  if (!AddWatch(relative, warnings)) return;
  std::error_code failure;
  for (const fs::directory_entry& entry : fs::directory_iterator(path, failure)) {
    std::string name = entry.path().filename().string();
    std::error_code status_failure;
    if (!entry.is_directory(status_failure) || entry.is_symlink(status_failure)) continue;
    if (!IsSkippedFolder(name)) WatchTree(relative + "/" + name, warnings);
  }
}

void FileWatcher::RewatchAll(std::vector<std::string>* warnings) {
  for (const auto& [wd, folder] : folders_) inotify_rm_watch(fd_, wd);
  folders_.clear();
  // The top folder sees the watched files, and the watched folders appear.
  AddWatch("", warnings);
  for (std::string_view folder : WatchedFolders()) {
    std::error_code failure;
    if (fs::is_directory(PathOf(std::string(folder)), failure)) {
      WatchTree(std::string(folder), warnings);
    }
  }
}

std::string FileWatcher::Handle(int wd, uint32_t mask, const std::string& name, std::vector<std::string>* warnings) {
  auto it = folders_.find(wd);
  if (it == folders_.end()) return "";
  const std::string folder = it->second;  // copied: the map may change below
  if (mask & IN_IGNORED) {
    folders_.erase(it);
    return "";
  }
  if (mask & (IN_DELETE_SELF | IN_MOVE_SELF)) return folder;  // gone: the build finds out what is left
  const bool is_folder = (mask & IN_ISDIR) != 0;
  if (folder.empty()) {
    if (is_folder && IsWatchedFolderName(name)) {
      if (mask & (IN_CREATE | IN_MOVED_TO)) WatchTree(name, warnings);
      return name;
    }
    return !is_folder && IsWatchedTopFile(name) ? name : "";
  }
  std::string path = folder + "/" + name;
  if (is_folder) {
    if (IsSkippedFolder(name)) return "";
    // Files may have landed in it before its watch was added: build anyway.
    if (mask & (IN_CREATE | IN_MOVED_TO)) WatchTree(path, warnings);
    return path;
  }
  if (IsScratchFile(name)) return "";
  if (mask & (IN_CREATE | IN_MOVED_TO)) created_.insert(path);
  return path;
}

std::vector<std::string> FileWatcher::Settle(std::vector<std::string> changed) {
  std::erase_if(changed, [&](const std::string& path) {
    std::error_code failure;
    return created_.count(path) > 0 && !fs::exists(fs::symlink_status(PathOf(path), failure));
  });
  created_.clear();
  return changed;
}

std::vector<std::string> FileWatcher::ReadChanges(std::vector<std::string>* warnings) {
  std::vector<std::string> changes;
  alignas(inotify_event) char buffer[16 * 1024];
  for (;;) {
    ssize_t length = read(fd_, buffer, sizeof buffer);
    if (length <= 0) break;  // EAGAIN: nothing more waits
    for (char* at = buffer; at < buffer + length;) {
      const auto* event = reinterpret_cast<const inotify_event*>(at);
      at += sizeof(inotify_event) + event->len;
      std::string changed;
      if (event->mask & IN_Q_OVERFLOW) {
        RewatchAll(warnings);  // events were lost: watch afresh and build
        changed = ".";
      } else {
        changed = Handle(event->wd, event->mask, event->len > 0 ? event->name : "", warnings);
      }
      if (!changed.empty() && std::find(changes.begin(), changes.end(), changed) == changes.end()) {
        changes.push_back(changed);
      }
    }
  }
  return changes;
}

}  // namespace charterc
