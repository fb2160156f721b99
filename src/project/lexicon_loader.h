#pragma once
// Finds the lexicon for a document language: the project's
// locales/<lang>/lexicon.yaml, else the built-in one, trying the full tag
// (en-GB) and then its language (en).

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

// Where to look for the lexicon of `lang`, most specific first: "en-GB"
// gives {"en-GB", "en"}.
std::vector<std::string> LexiconLanguages(const std::string& lang);

// The lexicon built into the binary for exactly `lang`, if any.
std::optional<Lexicon> BuiltInLexicon(const std::string& lang);

}  // namespace charterc
