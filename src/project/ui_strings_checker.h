#pragma once
// A project may override the interface strings of any language in
// locales/<lang>/ui.yaml. Translators edit these files by hand, so each one
// the build uses is checked like any other input: YAML syntax, one string
// per key, keys charterc knows, and patterns ICU can format.

#include "base/source_file.h"
#include "diag/diagnostic_sink.h"

namespace charterc {

// `lang` is the file's language (its folder name), used to parse plurals.
void CheckUiStrings(const SourceFile& source, const std::string& lang, DiagnosticSink& sink);

}  // namespace charterc
