// libFuzzer harness: measured results against the standards (RFC 4180 CSV).
// The bytes are data/results.csv of the base project; the whole pipeline runs on it.
#include <cstddef>
#include <cstdint>

#include "project_run.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  charterc::fuzz::RunProjectWith("data/results.csv", data, size);
  return 0;
}
