#pragma once
// The settings of charterc.yaml that say how the site is published on the
// web: base-url (an http(s) URL or a path: nothing else can be a base),
// path-prefix (the server folder out/ is served from),
// fragment-prefix (the class and id prefix of embeddable fragments) and
// csv-bom (a byte order mark at the start of commitments.csv).

#include <string>

#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

// Reads `key`'s `value` into `config`; a value that cannot be used is an
// E0701 at `at`, and the default stays.
void ReadSiteSetting(const std::string& key, const std::string& value, const SourceLocation& at,
                     ProjectConfig* config, DiagnosticSink& sink);

}  // namespace charterc
