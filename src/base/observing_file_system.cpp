#include "base/observing_file_system.h"

#include "base/content_hash.h"

namespace charterc {

namespace {

constexpr const char* kRead = "read";
constexpr const char* kIsFile = "file";
constexpr const char* kIsDirectory = "dir";
constexpr const char* kListFiles = "files";
constexpr const char* kListDirectories = "dirs";
constexpr const char* kResolved = "real";

// An unreadable file answers differently from every content.
constexpr uint64_t kUnreadable = 0;

uint64_t ReadAnswer(bool ok, const std::string& contents) { return ok ? ContentHash(contents) | 1 : kUnreadable; }

uint64_t ListAnswer(const std::vector<std::string>& names) {
  HashBuilder hash;
  for (const std::string& name : names) hash.Add(name);
  return hash.Finish();
}

bool Inside(const std::string& path, const std::string& dir) {
  return !dir.empty() && path.compare(0, dir.size(), dir) == 0 && (path.size() == dir.size() || path[dir.size()] == '/');
}

}  // namespace

void ObservingFileSystem::Record(const char* kind, const std::string& path, uint64_t answer) const {
  if (Inside(path, out_dir_)) return;
  std::lock_guard<std::mutex> lock(mutex_);
  observations_[std::string(kind) + "\t" + path] = answer;
}

bool ObservingFileSystem::ReadFile(const std::string& path, std::string* contents, std::string* error) const {
  bool ok = inner_.ReadFile(path, contents, error);
  Record(kRead, path, ReadAnswer(ok, *contents));
  return ok;
}

bool ObservingFileSystem::IsFile(const std::string& path) const {
  bool answer = inner_.IsFile(path);
  Record(kIsFile, path, answer);
  return answer;
}

bool ObservingFileSystem::IsDirectory(const std::string& path) const {
  bool answer = inner_.IsDirectory(path);
  Record(kIsDirectory, path, answer);
  return answer;
}

std::vector<std::string> ObservingFileSystem::ListFiles(const std::string& dir) const {
  std::vector<std::string> names = inner_.ListFiles(dir);
  Record(kListFiles, dir, ListAnswer(names));
  return names;
}

std::vector<std::string> ObservingFileSystem::ListDirectories(const std::string& dir) const {
  std::vector<std::string> names = inner_.ListDirectories(dir);
  Record(kListDirectories, dir, ListAnswer(names));
  return names;
}

std::string ObservingFileSystem::ResolvedPath(const std::string& path) const {
  std::string answer = inner_.ResolvedPath(path);
  Record(kResolved, path, ContentHash(answer));
  return answer;
}

Observations ObservingFileSystem::observations() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return observations_;
}

std::string QuestionPath(const std::string& question) { return question.substr(question.find('\t') + 1); }

bool IsContentQuestion(const std::string& question) { return question.compare(0, 5, "read\t") == 0; }

bool StillHolds(const FileSystem& fs, const std::string& question, uint64_t answer) {
  const std::string kind = question.substr(0, question.find('\t'));
  const std::string path = QuestionPath(question);
  if (kind == kRead) {
    std::string contents, error;
    bool ok = fs.ReadFile(path, &contents, &error);
    return ReadAnswer(ok, contents) == answer;
  }
  if (kind == kIsFile) return fs.IsFile(path) == static_cast<bool>(answer);
  if (kind == kIsDirectory) return fs.IsDirectory(path) == static_cast<bool>(answer);
  if (kind == kListFiles) return ListAnswer(fs.ListFiles(path)) == answer;
  if (kind == kListDirectories) return ListAnswer(fs.ListDirectories(path)) == answer;
  if (kind == kResolved) return ContentHash(fs.ResolvedPath(path)) == answer;
  return false;  // a question this version does not know: ask everything again
}

}  // namespace charterc
