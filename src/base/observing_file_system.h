#pragma once
// A FileSystem that remembers every question a build asks it about its
// inputs (what a file holds, whether a path exists, what a folder lists)
// and the answer, as a content hash. When every question gets the same
// answer again, the build's inputs have not changed: that is how a no-op
// build is recognised without loading the project (output/build_state.h).
// Questions about the output folder are not inputs and are not recorded.

#include <cstdint>
#include <map>
#include <mutex>
#include <string>

#include "base/file_system.h"

namespace charterc {

// "read\tcharters/charter.md" -> hash of its bytes; see Observation().
using Observations = std::map<std::string, uint64_t>;

class ObservingFileSystem final : public FileSystem {
 public:
  ObservingFileSystem(FileSystem& inner, std::string out_dir) : inner_(inner), out_dir_(std::move(out_dir)) {}

  bool ReadFile(const std::string& path, std::string* contents, std::string* error) const override;
  bool IsFile(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  std::vector<std::string> ListFiles(const std::string& dir) const override;
  std::vector<std::string> ListDirectories(const std::string& dir) const override;
  bool WriteFileAtomic(const std::string& path, const std::string& contents, std::string* error) override {
    return inner_.WriteFileAtomic(path, contents, error);
  }
  bool RemoveFile(const std::string& path, std::string* error) override { return inner_.RemoveFile(path, error); }
  std::string ResolvedPath(const std::string& path) const override;

  Observations observations() const;

 private:
  void Record(const char* kind, const std::string& path, uint64_t answer) const;

  FileSystem& inner_;
  std::string out_dir_;
  mutable std::mutex mutex_;
  mutable Observations observations_;
};

// Asks `fs` the recorded question again; true when the answer is the same.
bool StillHolds(const FileSystem& fs, const std::string& question, uint64_t answer);

// The path a question is about ("read\tcharters/a.md" -> "charters/a.md"),
// and whether it asked for a file's content.
std::string QuestionPath(const std::string& question);
bool IsContentQuestion(const std::string& question);

}  // namespace charterc
