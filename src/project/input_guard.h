#pragma once
// What charterc agrees to read as project input. A file is read only when
// it is an ordinary file, lies inside the project folder once every
// symbolic link on its way is resolved, and is no larger than the limit
// for its kind. Everything is decided from lstat/realpath answers before
// the file is opened, so a FIFO cannot stall a build and the bytes of a
// refused file (/etc/passwd behind a link) never reach a diagnostic.

#include <cstdint>
#include <optional>
#include <string>

#include "base/file_system.h"
#include "diag/diagnostic_sink.h"

namespace charterc {

// The largest file of a kind charterc reads (documented in docs/safety.md).
struct InputLimit {
  const char* kind;    // "Markdown document", for messages
  uint64_t max_bytes;
};
InputLimit InputLimitFor(const std::string& path);

struct InputRefusal {
  DiagCode code;  // E1401, E1402 or E1403
  std::string message;
  std::string hint;
};

// Why `path` may not be read, or nullopt when it may (a missing file may:
// reading it reports that it is missing). `project_real` is the project
// folder's real path (FileSystem::RealPath); "" skips the inside check.
std::optional<InputRefusal> CheckInput(const FileSystem& fs, const std::string& project_real, const std::string& path);

// CheckInput, reported at `path`; true when the file may be read.
bool AdmitInput(const FileSystem& fs, const std::string& project_root, const std::string& path, DiagnosticSink& sink);

// Whether `real` (a resolved path) is `folder_real` or lies under it.
bool InsideFolder(const std::string& real, const std::string& folder_real);

}  // namespace charterc
