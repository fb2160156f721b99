// libFuzzer harness: the source language's checking lexicon (units, vague and hedging words, number words).
// The bytes are locales/en-GB/lexicon.yaml of the base project; the whole pipeline runs on it.
#include <cstddef>
#include <cstdint>

#include "project_run.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  charterc::fuzz::RunProjectWith("locales/en-GB/lexicon.yaml", data, size);
  return 0;
}
