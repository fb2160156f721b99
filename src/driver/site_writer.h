#pragma once
// Writes the publications of a build: for each published document and
// edition, its HTML page and, on request, its plain text, EPUB and PDF; each
// language's traceability page, the stylesheet, the index and, on request,
// the assessors' evidence pack.

#include <functional>
#include <set>
#include <string>

#include "analysis/analysis.h"
#include "driver/env.h"
#include "driver/pdf_writer.h"
#include "driver/progress.h"
#include "output/output_writer.h"
#include "output/publication.h"
#include "project/project_loader.h"

namespace charterc {

struct SiteOptions {
  std::string project_dir;
  bool html = true;   // pages, traceability, index and stylesheet
  bool text = false;  // out/<lang>/<doc>.txt
  bool epub = false;  // out/<lang>/<doc>.epub, and out/<lang>/documents.epub with all of them
  bool evidence_pack = false;  // out/evidence/index.html, with internal notes
  std::vector<std::string> bilingual;  // two language tags, page language first; empty: no bilingual editions
  PdfOptions pdf = {};  // out/<lang>/<doc>.pdf and .large-print.pdf
  std::set<std::string> withheld_langs = {};  // translations in these languages get no edition of any kind
  Progress* progress = nullptr;  // told of each document and edition written; may be null
};

// `with_errors`: the files with integrity errors before writing began;
// their documents are not written. One whose last good page stays
// (`publication`) keeps its place in the index. Returns the number of
// source documents written.
int WriteSite(Env& env, const SiteOptions& options, const Project& project, const Analysis& analysis,
              const std::set<std::string>& with_errors,
              const std::function<Publication(const Document&)>& publication, DiagnosticSink& sink,
              OutputWriter& writer);

}  // namespace charterc
