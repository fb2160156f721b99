// libFuzzer harness: a source document: YAML front matter and the Markdown body (attribute blocks, facts, refs, tables, implicit promises).
// The bytes are charters/charter.md of the base project; the whole pipeline runs on it.
#include <cstddef>
#include <cstdint>

#include "project_run.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  charterc::fuzz::RunProjectWith("charters/charter.md", data, size);
  return 0;
}
