// libFuzzer harness: a translator's XLIFF 2 file for the charter.
// The bytes are locales/fr/charter.xlf of the base project; the whole pipeline runs on it.
#include <cstddef>
#include <cstdint>

#include "project_run.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  charterc::fuzz::RunProjectWith("locales/fr/charter.xlf", data, size);
  return 0;
}
