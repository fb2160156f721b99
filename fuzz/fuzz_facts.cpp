// libFuzzer harness: the facts file, whose values every language formats with ICU.
// The bytes are charters/facts.yaml of the base project; the whole pipeline runs on it.
#include <cstddef>
#include <cstdint>

#include "project_run.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  charterc::fuzz::RunProjectWith("charters/facts.yaml", data, size);
  return 0;
}
