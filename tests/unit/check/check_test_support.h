#pragma once
// Loads an in-memory project ("p/...") and runs one check on it, so each
// rule's test shows its input and the exact diagnostics it expects.

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include <doctest/doctest.h>

#include "project/project_loader.h"

// Failing comparisons of diagnostic lists print both lists.
template <>
struct doctest::StringMaker<std::vector<std::string>> {
  static doctest::String convert(const std::vector<std::string>& lines) {
    std::string text = "{";
    for (const std::string& line : lines) text += "\n  \"" + line + "\"";
    return (text + "\n}").c_str();
  }
};

namespace charterc::testing {

inline std::vector<Diagnostic> CheckProject(const std::vector<std::pair<std::string, std::string>>& files,
                                            const std::function<void(const Project&, DiagnosticSink&)>& check) {
  MemoryFileSystem fs;
  for (const auto& [path, text] : files) fs.Add("p/" + path, text);
  DiagnosticSink load_sink;
  LoadedProject loaded = LoadProject(fs, "p", load_sink);
  DiagnosticSink sink;
  check(loaded.project, sink);
  return sink.Sorted();
}

// "code line:column message", compact enough to compare whole lists.
inline std::vector<std::string> Summaries(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) {
    out.push_back(std::string(InfoOf(d.code).id) + " " + std::to_string(d.location.line) + ":" +
                  std::to_string(d.location.column) + " " + d.message);
  }
  return out;
}

}  // namespace charterc::testing
