#pragma once
// The readability line of each source document in check and build output,
// after the translation coverage: its index, its average sentence length
// and its longest sentence.

#include <ostream>

#include "analysis/analysis.h"
#include "model/project.h"

namespace charterc {

void PrintReadability(const Project& project, const Analysis& analysis, std::ostream& out);

}  // namespace charterc
