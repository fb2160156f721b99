// libFuzzer harness: the project settings (title, languages, base-url, severity, waivers, numbers).
// The bytes are charterc.yaml of the base project; the whole pipeline runs on it.
#include <cstddef>
#include <cstdint>

#include "project_run.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  charterc::fuzz::RunProjectWith("charterc.yaml", data, size);
  return 0;
}
