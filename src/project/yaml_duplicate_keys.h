#pragma once
// YAML says a mapping's keys are unique, but yaml-cpp keeps both entries of
// a repeated key, and which one a loader sees depends on how it looks
// (lookup: the first; iteration: the last). A repeated key is a mistake
// either way, so every YAML file charterc reads reports it (E0710).

#include <functional>
#include <string>

#include <yaml-cpp/yaml.h>

#include "base/source_file.h"
#include "diag/diagnostic_sink.h"

namespace charterc {

// Every scalar key a mapping in `root` sets again: `report(key, repeated,
// first)` with both positions. Aliases make a document a graph that can
// expand exponentially (an alias bomb), so the walk stops after
// kMaxYamlNodesWalked nodes.
using DuplicateKeyReport = std::function<void(const std::string& key, const YAML::Mark& repeated, const YAML::Mark& first)>;
void ForEachDuplicateKey(const YAML::Node& root, const DuplicateKeyReport& report);

constexpr int kMaxYamlNodesWalked = 100000;

// Reports each repeated key as E0710 at the repeat. `first_line`: the file
// line where the YAML starts (front matter starts on line 2).
void ReportDuplicateKeys(const SourceFile& source, const YAML::Node& root, DiagnosticSink& sink, int first_line = 1);

}  // namespace charterc
