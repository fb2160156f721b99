// libFuzzer harness: a translation written as Markdown (charters/<doc>.<lang>.md), aligned block by block with its source.
// The bytes are charters/charter.cy.md of the base project; the whole pipeline runs on it.
#include <cstddef>
#include <cstdint>

#include "project_run.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  charterc::fuzz::RunProjectWith("charters/charter.cy.md", data, size);
  return 0;
}
