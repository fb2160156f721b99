#pragma once
// W0907 for every sentence longer than the project's max-sentence-words,
// from the prose the analyse stage measured once (see analysis/analysis.h:
// paragraphs and list items, facts counted as one word each).

#include "analysis/analysis.h"
#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

void CheckReadability(const Project& project, const Analysis& analysis, DiagnosticSink& sink);

}  // namespace charterc
