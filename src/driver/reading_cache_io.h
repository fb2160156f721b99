#pragma once
// Where a build keeps its reading cache (analysis/reading_cache.h) for the
// next one: <out>/.charterc/readings, beside the build state. A cache that
// cannot be read or written only costs time, so neither is an error.

#include <memory>
#include <string>

#include "analysis/reading_cache.h"
#include "driver/env.h"

namespace charterc {

// Relative to the output folder.
std::string ReadingCachePath();

// The cache the last build left in `out_dir`, or an empty one (none, or one
// damaged, of another version or written by another charterc or ICU).
// Read through `env.fs` as given: the cache is not an input of the build.
std::shared_ptr<ReadingCache> OpenReadingCache(const Env& env, const std::string& out_dir);

// Writes the readings this build asked for; a failure is a note.
void SaveReadingCache(const Env& env, const std::string& out_dir, const ReadingCache& cache);

}  // namespace charterc
