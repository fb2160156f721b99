#pragma once
// The promises line of each source document in check and build output:
// how many promises were found and how many of them are measurable, so a
// writer sees at once whether charterc read the document as they meant it.

#include <ostream>

#include "analysis/analysis.h"
#include "model/project.h"

namespace charterc {

void PrintPromises(const Project& project, const Analysis& analysis, std::ostream& out);

}  // namespace charterc
