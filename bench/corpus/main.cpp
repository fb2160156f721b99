// charterc_bench_corpus: writes a deterministic benchmark corpus.
//   charterc_bench_corpus --out DIR [--docs N] [--seed S]
// The same N and S give a byte-identical corpus. See bench/README.md.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "emit.h"
#include "generate.h"

namespace {

struct Options {
  int documents = 1000;
  uint64_t seed = 1;
  std::string out;
};

bool Parse(int argc, char** argv, Options* options) {
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    char* end = nullptr;
    const unsigned long long value = std::strtoull(argv[i + 1], &end, 10);
    if (flag == "--out") {
      options->out = argv[i + 1];
    } else if ((flag == "--docs" || flag == "--seed") && end != argv[i + 1] && *end == '\0') {
      if (flag == "--docs") options->documents = static_cast<int>(value);
      else options->seed = value;
    } else {
      return false;
    }
  }
  return argc % 2 == 1 && !options->out.empty() && options->documents > 0 &&
         options->documents <= 100000;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!Parse(argc, argv, &options)) {
    std::fprintf(stderr, "usage: charterc_bench_corpus --out DIR [--docs N (1-100000)] [--seed S]\n");
    return 2;
  }
  const bench::Corpus corpus = bench::Generate(options.documents, options.seed);
  std::string err;
  if (!bench::Emit(corpus, options.out, &err)) {
    std::fprintf(stderr, "charterc_bench_corpus: %s\n", err.c_str());
    return 2;
  }
  std::printf("%d documents x 3 languages written to %s\n", options.documents, options.out.c_str());
  return 0;
}
