#pragma once
// The version of the cmark-gfm library charterc runs with, for --version;
// here because only src/markdown/ sees cmark-gfm.

#include <string>

namespace charterc {

std::string CmarkGfmVersion();  // "0.29.0.gfm.6"

}  // namespace charterc
