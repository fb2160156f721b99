#pragma once
// The file system a project command works through: it reads nothing
// outside the project (links resolved), no FIFO or device, and no file
// over its kind's size limit (project/input_guard.h), whoever asks: the
// loader, the theme, the interface strings. The output folder is the
// exception, since it may lie elsewhere (-o /srv/site): charterc reads
// back there only ordinary files that really lie inside it (no link, no
// special file, nothing through a linked sub-folder), as it wrote them.
// Refusals are reported by the loader (AdmitInput); here they only make
// the read fail.

#include <optional>
#include <string>

#include "base/file_system.h"

namespace charterc {

class ConfinedFileSystem final : public FileSystem {
 public:
  ConfinedFileSystem(FileSystem& inner, const std::string& project_dir, std::string out_dir);

  bool ReadFile(const std::string& path, std::string* contents, std::string* error) const override;
  bool IsFile(const std::string& path) const override { return inner_.IsFile(path); }
  bool IsDirectory(const std::string& path) const override { return inner_.IsDirectory(path); }
  std::vector<std::string> ListFiles(const std::string& dir) const override { return inner_.ListFiles(dir); }
  std::vector<std::string> ListDirectories(const std::string& dir) const override {
    return inner_.ListDirectories(dir);
  }
  bool WriteFileAtomic(const std::string& path, const std::string& contents, std::string* error) override {
    return inner_.WriteFileAtomic(path, contents, error);
  }
  bool RemoveFile(const std::string& path, std::string* error) override { return inner_.RemoveFile(path, error); }
  EntryFacts Examine(const std::string& path) const override { return inner_.Examine(path); }
  std::string LinkTarget(const std::string& path) const override { return inner_.LinkTarget(path); }
  std::string RealPath(const std::string& path) const override { return inner_.RealPath(path); }

 private:
  std::optional<std::string> CheckOwnOutput(const std::string& path) const;

  FileSystem& inner_;
  std::string project_real_;
  std::string out_dir_;
};

}  // namespace charterc
