// libFuzzer harness: a translator's PO file for the charter.
// The bytes are locales/es/charter.po of the base project; the whole pipeline runs on it.
#include <cstddef>
#include <cstdint>

#include "project_run.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  charterc::fuzz::RunProjectWith("locales/es/charter.po", data, size);
  return 0;
}
