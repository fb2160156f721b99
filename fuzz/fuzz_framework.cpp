// libFuzzer harness: a project's own criteria framework, cited by the charter as local:1.1.
// The bytes are charters/frameworks/local.yaml of the base project; the whole pipeline runs on it.
#include <cstddef>
#include <cstdint>

#include "project_run.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  charterc::fuzz::RunProjectWith("charters/frameworks/local.yaml", data, size);
  return 0;
}
