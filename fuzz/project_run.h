#pragma once
// What most harnesses do with the fuzzer's bytes: put them at one path of
// the base project (fuzz/project/), in memory, and run the whole pipeline
// on it as `charterc build` would: load, parse, model, analyse, check,
// localise, render (HTML, JSON and one other format), and print the
// diagnostics (as text, and as JSON or SARIF). Nothing touches the disk;
// no browser starts (a fake printer hands back a fixed PDF, so the PDF
// post-pass still sees the user's metadata).
// A crash, a sanitizer report, a leak or a hang is a finding; diagnostics
// and withheld documents are the expected answer to bad input.

#include <cstddef>
#include <cstdint>
#include <string>

namespace charterc::fuzz {

// `path` is inside the project ("locales/fr/charter.xlf"); the bytes
// replace the base project's file there or join it.
void RunProjectWith(const std::string& path, const uint8_t* data, size_t size);

}  // namespace charterc::fuzz
