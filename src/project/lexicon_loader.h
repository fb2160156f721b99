#pragma once
// Reads checking lexicons: the project's locales/<lang>/lexicon.yaml or the
// one built into the binary (which folder serves a language is
// i18n/locale_match's job).

#include <optional>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/source_file.h"
#include "diag/diagnostic_sink.h"
#include "model/lexicon.h"

namespace charterc {

// Parses one lexicon file; problems are E0708 against `source`.
std::optional<Lexicon> ParseLexicon(const SourceFile& source, const std::string& lang, DiagnosticSink& sink);

// The lexicon built into the binary for exactly `lang`, if any.
std::optional<Lexicon> BuiltInLexicon(const std::string& lang);

}  // namespace charterc
