// libFuzzer harness: the build state, out/.charterc/state (output/build_state.h).
// charterc writes it, but it lies in the output folder, where a deploy
// script, a web server's user or a careless hand can change it; a state
// that cannot be used must only make the build start over. Besides the
// sanitizers, it checks that a state taken is one charterc could have
// written: writing it and reading it back gives the same state, byte for
// byte (so a tampered record cannot change meaning on the next build), and
// nothing read is an output path leaving the output folder.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#include "output/build_state.h"

namespace {

void Require(bool holds) {
  if (!holds) std::abort();
}

// Relative, inside the output folder: no empty, "." or ".." part ("a..b"
// is a name like any other), no backslash.
bool InsideOutput(const std::string& path) {
  if (path.empty() || path[0] == '/' || path.find('\\') != std::string::npos) return false;
  size_t start = 0;
  while (true) {
    const size_t end = path.find('/', start);
    const std::string part = path.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (part.empty() || part == "." || part == "..") return false;
    if (end == std::string::npos) return true;
    start = end + 1;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::string why;
  std::optional<charterc::BuildState> state = charterc::BuildState::Parse(text, &why);
  if (!state) {
    Require(!why.empty());
    return 0;
  }
  for (const auto& [path, record] : state->outputs) {
    Require(InsideOutput(path));
  }
  const std::string written = state->Serialise();
  std::optional<charterc::BuildState> again = charterc::BuildState::Parse(written, &why);
  Require(again.has_value());
  Require(again->Serialise() == written);
  return 0;
}
