// libFuzzer harness: the source language's interface strings (ICU MessageFormat patterns).
// The bytes are locales/en-GB/ui.yaml of the base project; the whole pipeline runs on it.
#include <cstddef>
#include <cstdint>

#include "project_run.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  charterc::fuzz::RunProjectWith("locales/en-GB/ui.yaml", data, size);
  return 0;
}
