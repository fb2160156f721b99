#pragma once
// What --version prints: the program, its version and what it was built
// from, so a bug report names the build.

#include <string>

namespace charterc {

// "charterc 0.1.0 (commit abc1234, ICU 72.1, cmark-gfm 0.29.0.gfm.6)": the
// commit is git's at build time ("unknown" outside a checkout); the library
// versions are those of the libraries loaded at run time.
std::string VersionLine();

}  // namespace charterc
