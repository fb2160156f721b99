#include "driver/reading_cache_io.h"

#include "base/file_system.h"
#include "output/output_layout.h"

namespace charterc {

std::string ReadingCachePath() { return std::string(OutputLayout::kStateFolder) + "/readings"; }

std::shared_ptr<ReadingCache> OpenReadingCache(const Env& env, const std::string& out_dir) {
  auto cache = std::make_shared<ReadingCache>(ReadingCacheIdentity(env.program));
  const std::string path = JoinPath(out_dir, ReadingCachePath());
  std::string bytes, error;
  if (env.fs.IsFile(path) && env.fs.ReadFile(path, &bytes, &error)) cache->Load(bytes);
  return cache;
}

void SaveReadingCache(const Env& env, const std::string& out_dir, const ReadingCache& cache) {
  std::string error;
  const std::string path = JoinPath(out_dir, ReadingCachePath());
  if (!env.fs.WriteFileAtomic(path, cache.Serialise(), &error)) {
    env.err << "charterc: note: cannot write " << path << " (" << error << "); the next build reads every text again\n";
  }
}

}  // namespace charterc
