// Writes a generated corpus to disk:
//   OUT/project/                 a charterc project (charterc.yaml, charters/*.md,
//                                <doc>.fr.md and <doc>.cy.md translations, facts.yaml)
//   OUT/hugo/                    the same content as a Hugo multilingual site
//   OUT/markdown/<lang>/<doc>.md plain Markdown for Pandoc and the cmark-gfm floor
//   OUT/corpus.txt               key=value facts about the corpus for bench/run.sh
#pragma once

#include <filesystem>
#include <string>

#include "generate.h"

namespace bench {

bool Emit(const Corpus& corpus, const std::filesystem::path& out, std::string* err);

}  // namespace bench
