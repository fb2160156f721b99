#pragma once
// A charter is a promise with a date on it: charters and standards must say
// who owns them and when they are next reviewed, and a document past its
// review date is flagged so stale promises are not published unnoticed.

#include <string>

#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

// `today` is YYYY-MM-DD: the build clock's day (i18n/dates.h IsoDate).
void CheckLifecycle(const Project& project, const std::string& today, DiagnosticSink& sink);

}  // namespace charterc
