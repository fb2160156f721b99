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
  if (UnderFolder(path, out_dir_)) {
    if (std::optional<std::string> refusal = CheckOwnOutput(path)) {
      *error = *refusal;
      return false;
    }
  } else if (std::optional<InputRefusal> refusal = CheckInput(inner_, project_real_, path)) {
    *error = refusal->message;
    return false;
  }
  return inner_.ReadFile(path, contents, error);
}

// charterc reads some of its outputs back (the build state, the reading
// cache, the kept page or book of a withheld document) and writes only
// ordinary files there, never links. So a link or a special file in the
// output folder, or a file reached through a linked sub-folder, is not one
// of its outputs: reading it could publish a file from elsewhere.
std::optional<std::string> ConfinedFileSystem::CheckOwnOutput(const std::string& path) const {
  EntryFacts facts = inner_.Examine(path);
  if (facts.kind == EntryKind::Missing) return std::nullopt;  // reading it says so
  if (facts.kind != EntryKind::File) {
    return "'" + path + "' is a " + EntryKindName(facts.kind) + ", not a file charterc wrote; it was not read";
  }
  std::string out_real = inner_.RealPath(out_dir_);
  if (out_real.empty() || !InsideFolder(inner_.RealPath(path), out_real)) {
    return "'" + path + "' is reached through a link out of the output folder; it was not read";
  }
  return std::nullopt;
}

}  // namespace charterc
