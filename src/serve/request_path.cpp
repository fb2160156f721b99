#include "serve/request_path.h"

#include <algorithm>

namespace charterc {

namespace {

// Control bytes and backslashes never appear in a name charterc writes; a
// backslash is refused because some clients read it as a separator.
bool HasForbiddenByte(std::string_view path) {
  return std::any_of(path.begin(), path.end(), [](char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7f || c == '\\';
  });
}

}  // namespace

RequestedFile MapRequestPath(std::string_view decoded_path) {
  RequestedFile result;
  if (decoded_path.empty() || decoded_path.front() != '/' || HasForbiddenByte(decoded_path)) return result;
  std::string relative;
  size_t start = 1;
  while (start <= decoded_path.size()) {
    size_t end = std::min(decoded_path.find('/', start), decoded_path.size());
    std::string_view segment = decoded_path.substr(start, end - start);
    start = end + 1;
    if (segment.empty()) continue;
    if (segment == "." || segment == "..") return result;  // Forbidden
    if (segment.front() == '.') return {PathVerdict::NotFound, {}};
    if (!relative.empty()) relative += '/';
    relative += segment;
  }
  if (decoded_path.back() == '/') relative += relative.empty() ? "index.html" : "/index.html";
  return {PathVerdict::File, relative};
}

}  // namespace charterc
