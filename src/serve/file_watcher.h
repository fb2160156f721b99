#pragma once
// Watches a project's inputs with Linux inotify: charters/, locales/,
// themes/ and data/ with every folder inside them (folders created later
// included, and the four themselves when they appear), and charterc.yaml
// and charterc-baseline.json at the top. Symlinked folders inside them are
// not followed; hidden folders and the output folder are skipped.

#include <map>
#include <set>
#include <string>
#include <vector>

namespace charterc {

class FileWatcher {
 public:
  // `skip`: a folder never watched (the output folder, when it lies inside
  // a watched one); may be empty.
  FileWatcher(std::string root, std::string skip);
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  // Opens inotify and adds the watches; false with `error` when inotify
  // cannot be used at all. A folder that cannot be watched (the system's
  // limit on watches) is a warning in `warnings`, and the rest still works.
  bool Start(std::string* error, std::vector<std::string>* warnings);
  // Readable when events wait (for poll()).
  int fd() const { return fd_; }
  // Reads the waiting events without blocking: the project-relative paths
  // of the inputs they changed, in order, without repeats, editors'
  // scratch files left out. New folders are watched on the way.
  std::vector<std::string> ReadChanges(std::vector<std::string>* warnings);
  // `changed` (collected from ReadChanges over one burst) without the
  // files that were created during the burst and are gone again: an
  // editor's or sed's temporary file renamed over the real one. Starts the
  // next burst.
  std::vector<std::string> Settle(std::vector<std::string> changed);

 private:
  void WatchTree(const std::string& relative, std::vector<std::string>* warnings);
  bool AddWatch(const std::string& relative, std::vector<std::string>* warnings);
  void RewatchAll(std::vector<std::string>* warnings);
  std::string PathOf(const std::string& relative) const;
  // One event's changed path, or "" when it needs no build.
  std::string Handle(int wd, uint32_t mask, const std::string& name, std::vector<std::string>* warnings);

  std::string root_;
  std::string skip_;  // resolved, or empty
  int fd_ = -1;
  std::map<int, std::string> folders_;  // watch descriptor -> folder relative to root ("" for root)
  std::set<std::string> created_;       // files created in this burst, relative to root
};

}  // namespace charterc
