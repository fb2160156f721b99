#include "project/confined_file_system.h"

#include "project/input_guard.h"

namespace charterc {

namespace {

bool UnderFolder(const std::string& path, const std::string& dir) {
  return !dir.empty() && path.compare(0, dir.size(), dir) == 0 && (path.size() == dir.size() || path[dir.size()] == '/');
}

}  // namespace

ConfinedFileSystem::ConfinedFileSystem(FileSystem& inner, const std::string& project_dir, std::string out_dir)
    : inner_(inner), project_real_(inner.RealPath(project_dir.empty() ? "." : project_dir)), out_dir_(std::move(out_dir)) {}

bool ConfinedFileSystem::ReadFile(const std::string& path, std::string* contents, std::string* error) const {
  if (!UnderFolder(path, out_dir_)) {
    if (std::optional<InputRefusal> refusal = CheckInput(inner_, project_real_, path)) {
      *error = refusal->message;
      return false;
    }
  }
  return inner_.ReadFile(path, contents, error);
}

}  // namespace charterc
