#pragma once
// Images a document shows (Markdown ![alt](address)): what kind of place
// an address names, the project file a local address is, and the image
// files a build publishes. The checks that let a file in live in
// project/image_loader.h; the markup in render/image_html.h.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace charterc {

// Largest image file charterc publishes unless charterc.yaml sets a lower
// limit (images: max-kib): a charter's logo or map is far smaller, and
// every image is also packed into books and PDFs.
inline constexpr size_t kMaxImageBytes = 10 * 1024 * 1024;

// An image file the build publishes, checked (type from its bytes, SVG
// without active content) and copied to out/ under a content-hashed name.
struct ImageFile {
  std::string path;        // relative to the project: "charters/images/logo.png"
  std::string media_type;  // "image/png", "image/svg+xml", ...
  std::string bytes;
  uint64_t hash = 0;       // XXH3 of the bytes (base/content_hash.h)
  std::string output;      // under the output folder: "images/logo-0123456789abcdef.png"
};

enum class ImageAddressKind {
  Local,     // a path, relative to the document: "images/logo.png"
  Remote,    // http:, https:, "//host/..." or data:: fetched by each reader's browser
  Unusable,  // any other scheme (file:, javascript:, ...)
};

ImageAddressKind ClassifyImageAddress(const std::string& address);

// Where a local address leads, relative to the project: the document's
// folder joined with the address, percent-escapes decoded, "." and ".."
// resolved, any "?query" or "#fragment" left off. Nothing when the path
// leaves the project or is absolute.
std::optional<std::string> LocalImagePath(const std::string& document_path, const std::string& address);

// Whether `address` starts with one of `prefixes` (charterc.yaml's
// images: allow-remote), compared as written.
bool RemoteImageAllowed(const std::string& address, const std::vector<std::string>& prefixes);

}  // namespace charterc
