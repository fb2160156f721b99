#pragma once
// The YAML front matter that opens every document (between two '---' lines),
// read with yaml-cpp into DocumentMeta.

#include <string>

#include "base/source_file.h"
#include "diag/diagnostic_sink.h"
#include "model/document.h"

namespace charterc {

struct FrontMatterSplit {
  bool present = false;  // the file opens with '---'
  bool closed = false;   // and a later line is '---' (or '...')
  std::string yaml;
  int yaml_first_line = 0;  // 1-based line of the first YAML line
  size_t body_offset = 0;   // byte offset where the Markdown body starts
  int body_first_line = 1;
};

FrontMatterSplit SplitFrontMatter(const SourceFile& source);

// Which keys a front matter may set. A source document sets any known key
// and must have a title. A translation (charters/<doc>.<lang>.md) sets only
// what it translates (title, summary, owner, contact) and lang, and takes
// everything else from its source: another known key is reported (W0209)
// and not read, and a missing title means the source's is shown.
enum class FrontMatterRole { Source, Translation };

// Reads the front matter into `meta`, reporting every problem. Returns false
// when it could not be read at all.
bool ParseFrontMatter(const SourceFile& source, const FrontMatterSplit& split, DocumentMeta* meta,
                      DiagnosticSink& sink, FrontMatterRole role = FrontMatterRole::Source);

}  // namespace charterc
