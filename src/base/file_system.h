#pragma once
// The file system seen by charterc. Stages receive it through Env instead of
// touching std::filesystem, so tests can run on an in-memory tree.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace charterc {

// What a path is, asked without following a symbolic link (lstat), so a
// link, a FIFO or a device can be refused before anything opens it.
enum class EntryKind { Missing, File, Directory, Symlink, Fifo, Device, Socket };

struct EntryFacts {
  EntryKind kind = EntryKind::Missing;
  uint64_t size = 0;      // bytes, for a file
  bool read_only = false;  // a file nobody may write (no w bit at all)
};

// "FIFO", "device", "socket", ... for messages.
const char* EntryKindName(EntryKind kind);

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // Reads a whole file; false (with `error` set) when it cannot be read.
  virtual bool ReadFile(const std::string& path, std::string* contents, std::string* error) const = 0;
  virtual bool IsFile(const std::string& path) const = 0;
  virtual bool IsDirectory(const std::string& path) const = 0;
  // Names (not paths) of the entries in `dir` that are not folders, sorted.
  virtual std::vector<std::string> ListFiles(const std::string& dir) const = 0;
  // Names of the folders in `dir`, sorted.
  virtual std::vector<std::string> ListDirectories(const std::string& dir) const = 0;
  // Creates `path`'s parent folders, writes a temporary file beside it and
  // renames it over `path`, so readers never see a half-written file.
  virtual bool WriteFileAtomic(const std::string& path, const std::string& contents, std::string* error) = 0;
  // Deletes the file `path`; false (with `error`) when it cannot.
  virtual bool RemoveFile(const std::string& path, std::string* error) = 0;
  // What `path` itself is: a link is EntryKind::Symlink, not its target.
  virtual EntryFacts Examine(const std::string& path) const = 0;
  // Where the link `path` points, as written in the link ("" if not a link).
  virtual std::string LinkTarget(const std::string& path) const = 0;
  // `path` with every link resolved, absolute; "" when it cannot be resolved
  // (a missing file, a broken or looping link).
  virtual std::string RealPath(const std::string& path) const = 0;
};

class RealFileSystem final : public FileSystem {
 public:
  bool ReadFile(const std::string& path, std::string* contents, std::string* error) const override;
  bool IsFile(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  std::vector<std::string> ListFiles(const std::string& dir) const override;
  std::vector<std::string> ListDirectories(const std::string& dir) const override;
  bool WriteFileAtomic(const std::string& path, const std::string& contents, std::string* error) override;
  bool RemoveFile(const std::string& path, std::string* error) override;
  EntryFacts Examine(const std::string& path) const override;
  std::string LinkTarget(const std::string& path) const override;
  std::string RealPath(const std::string& path) const override;
};

// A file tree held in memory, for tests. It has files and folders only;
// paths are their own real paths (under "/mem/").
class MemoryFileSystem final : public FileSystem {
 public:
  void Add(const std::string& path, std::string contents) { files_[path] = std::move(contents); }
  const std::map<std::string, std::string>& files() const { return files_; }

  bool ReadFile(const std::string& path, std::string* contents, std::string* error) const override;
  bool IsFile(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  std::vector<std::string> ListFiles(const std::string& dir) const override;
  std::vector<std::string> ListDirectories(const std::string& dir) const override;
  bool WriteFileAtomic(const std::string& path, const std::string& contents, std::string* error) override;
  bool RemoveFile(const std::string& path, std::string* error) override;
  EntryFacts Examine(const std::string& path) const override;
  std::string LinkTarget(const std::string&) const override { return ""; }
  std::string RealPath(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
};

// Temporary files are named "<final name>.tmp<pid>" beside the file they
// become: a run killed before its rename leaves one, and the next run
// removes names of exactly this form from the folders it owns.
constexpr const char* kTempMarker = ".tmp";
std::string TempFileName(const std::string& path, long pid);
// True for "charter.html.tmp1234" (a name, not a path).
bool IsTempFileName(const std::string& name);

// "a/b" + "c" -> "a/b/c"; an empty or "." base yields `name`.
std::string JoinPath(const std::string& base, const std::string& name);

// `path` relative to the project folder `root` ("proj/charters/a.md" ->
// "charters/a.md"), for what is published or committed: never a path of
// the machine that ran the build.
std::string ProjectRelativePath(const std::string& root, const std::string& path);

}  // namespace charterc
