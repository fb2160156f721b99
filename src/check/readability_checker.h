#pragma once
// Readability of each source document and of each commitment (see
// i18n/readability): W0907 for every sentence longer than the project's
// max-sentence-words, and the scores for the check output and
// commitments.json. Facts count as one word each; headings and tables are
// not prose and are left out.

#include "diag/diagnostic_sink.h"
#include "i18n/readability.h"
#include "model/project.h"

namespace charterc {

struct Readability {
  TextStats stats;
  ReadabilityIndex index;
};

Readability DocumentReadability(const Project& project, const Document& doc);
Readability CommitmentReadability(const Project& project, const Document& doc, const Commitment& commitment);

void CheckReadability(const Project& project, DiagnosticSink& sink);

}  // namespace charterc
