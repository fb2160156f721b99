#pragma once
// The charterc.yaml keys that decide which languages are published and how
// their pages write numbers: languages, min-translated, numbers.

#include <yaml-cpp/yaml.h>

#include "base/source_file.h"
#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

// languages: [cy, fr] (a YAML list of BCP 47 tags).
void ReadLanguages(const SourceFile& source, const YAML::Node& node, ProjectConfig* config, DiagnosticSink& sink);

// min-translated: 80 or "80%": the share of commitments and titles a
// language needs before it is published, when no languages: list decides.
void ReadMinTranslated(const SourceFile& source, const YAML::Node& node, ProjectConfig* config,
                       DiagnosticSink& sink);

// numbers: latn, or numbers: {ar: latn, fa: latn}: ICU numbering-system
// names; "default" is the locale's own.
void ReadNumbers(const SourceFile& source, const YAML::Node& node, ProjectConfig* config, DiagnosticSink& sink);

// The numbering system `lang`'s pages use: a name such as "latn", or empty
// for the locale's default.
std::string NumberingSystemFor(const ProjectConfig& config, const std::string& lang);

}  // namespace charterc
