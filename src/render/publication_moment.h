#pragma once
// When a self-contained publication (an EPUB book, a PDF) says it was made:
// SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the
// latest review date among its documents, else today; so the same input
// gives the same file.

#include <ctime>
#include <vector>

#include "base/clock.h"
#include "model/document.h"

namespace charterc {

std::time_t PublicationMoment(const std::vector<const Document*>& docs, const Clock& clock);

}  // namespace charterc
