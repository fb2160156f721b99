#pragma once
// Files compiled into the binary at build time (the default theme, the
// shipped locales and the built-in frameworks), so that a folder of Markdown
// alone builds.

#include <optional>
#include <string_view>
#include <vector>

namespace charterc {

struct EmbeddedFile {
  std::string_view path;  // relative to the repository root ("src/" dropped), '/'-separated
  std::string_view data;
};

// Sorted by path. Defined in the generated embedded_resources.cpp.
const std::vector<EmbeddedFile>& EmbeddedFiles();

// The embedded file at `path`, or nothing.
std::optional<std::string_view> FindEmbeddedFile(std::string_view path);

}  // namespace charterc
