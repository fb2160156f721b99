// libFuzzer harness: charterc-baseline.json, the findings a project accepted
// for now (charterc check --update-baseline). It is committed with the
// charters, so anyone with write access to the project can change it; a
// file that cannot be used is E0709. The whole pipeline runs on it.
#include <cstddef>
#include <cstdint>

#include "project_run.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  charterc::fuzz::RunProjectWith("charterc-baseline.json", data, size);
  return 0;
}
