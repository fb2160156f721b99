#pragma once
// The file system seen by charterc. Stages receive it through Env instead of
// touching std::filesystem, so tests can run on an in-memory tree.

#include <map>
#include <string>
#include <vector>

namespace charterc {

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
  // `path` absolute, with every symbolic link followed: where a file
  // really is, to tell whether it lies inside a folder. Empty when `path`
  // does not exist.
  virtual std::string ResolvedPath(const std::string& path) const = 0;
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
  std::string ResolvedPath(const std::string& path) const override;
};

// A file tree held in memory, for tests.
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
  // "/" + the path as written, "." and ".." resolved: memory has no links.
  std::string ResolvedPath(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
};

// "a/b" + "c" -> "a/b/c"; an empty or "." base yields `name`.
std::string JoinPath(const std::string& base, const std::string& name);

// `path` relative to the project folder `root` ("proj/charters/a.md" ->
// "charters/a.md"), for what is published or committed: never a path of
// the machine that ran the build.
std::string ProjectRelativePath(const std::string& root, const std::string& path);

}  // namespace charterc
