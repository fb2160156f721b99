#pragma once
// Which file of the output folder a request names. Pure: the symlink check
// needs the disk and is made where the file is opened (served_file.h).

#include <string>
#include <string_view>

namespace charterc {

enum class PathVerdict {
  File,       // `relative` names a file (or folder) under the output folder
  Forbidden,  // tries to leave the folder, or holds bytes no output name has
  NotFound,   // hidden ("." names: the build state, editors' files)
};

struct RequestedFile {
  PathVerdict verdict = PathVerdict::Forbidden;
  std::string relative;  // "en/charter.html", never starting with '/'
};

// `decoded_path` is the request's path after percent-decoding (cpp-httplib
// decodes once, so "/%2e%2e/x" arrives as "/../x" and is refused here). A
// path ending in '/' names the folder's index.html; "//" counts as "/".
RequestedFile MapRequestPath(std::string_view decoded_path);

}  // namespace charterc
