#pragma once
// Where a requested file really is, checked on disk: the output folder and
// the file are resolved (symlinks followed), and anything that ends up
// outside the folder, or is not a plain file or folder, is refused.

#include <string>

namespace charterc {

enum class ServedKind {
  File,     // `path` is a regular file inside the output folder
  Folder,   // a folder inside it (answered with a redirect to its index)
  Missing,  // nothing there (or the output folder does not exist yet)
  Refused,  // resolves outside the output folder, or is a FIFO, device, socket
};

struct ServedFile {
  ServedKind kind = ServedKind::Missing;
  std::string path;  // resolved, for kind File
};

// `relative` comes from MapRequestPath (no "..", no empty segments).
ServedFile ResolveServedFile(const std::string& out_dir, const std::string& relative);

}  // namespace charterc
