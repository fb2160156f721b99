#pragma once
// Stage 1 of the pipeline: find a project's files and turn them into the
// model. Reads charterc.yaml, charters/facts.yaml and charters/*.md; each
// document goes through the Markdown stage and is indexed. A broken
// document is reported and kept out; the others load normally.

#include <map>
#include <memory>
#include <string>

#include "base/file_system.h"
#include "base/source_file.h"
#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

class ReadingCache;

struct LoadedProject {
  Project project;
  // Every file read, by display path, for diagnostics to quote.
  std::map<std::string, std::unique_ptr<SourceFile>> sources;

  const SourceFile* Source(const std::string& path) const;
};

// `root` is the project folder as the user wrote it ("." by default).
// `cache`: target readings of earlier builds, reused where their inputs
// are the same (analysis/reading_cache.h); null computes everything.
LoadedProject LoadProject(const FileSystem& fs, const std::string& root, DiagnosticSink& sink,
                          ReadingCache* cache = nullptr);

}  // namespace charterc
