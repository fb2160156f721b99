#include "driver/build_state_io.h"

#include <algorithm>

#include "base/content_hash.h"

namespace charterc {

uint64_t OutputRequestHash(const Env& env, const PipelineOptions& options) {
  HashBuilder hash;
  hash.Add(env.program).Add(options.project_dir).Add(options.out_dir);
  // A fixed moment stands for itself; otherwise only the day matters.
  hash.Add(env.clock.Fixed()).Add(static_cast<uint64_t>(env.clock.Fixed() ? env.clock.Now() : env.clock.Now() / 86400));
  return hash.Finish();
}

uint64_t RequestHash(const Env& env, const PipelineOptions& options) {
  HashBuilder hash;
  hash.Add(OutputRequestHash(env, options));
  // PDFs asked for but not printable last time must be tried when a browser appears.
  if (std::find(options.formats.begin(), options.formats.end(), "pdf") != options.formats.end() ||
      std::find(options.formats.begin(), options.formats.end(), "large-print") != options.formats.end()) {
    std::string looked_for;
    hash.Add(env.printer.Available(&looked_for));
  }
  for (const std::string& format : options.formats) hash.Add(format);
  for (const std::string& lang : options.bilingual) hash.Add(lang);
  hash.Add(static_cast<uint64_t>(options.diagnostics_format))
      .Add(options.strict)
      .Add(options.quiet)
      .Add(options.show_baselined)
      .Add(options.formats_explicit)
      .Add(options.color)  // what was printed is replayed as it was
      .Add(std::to_string(options.min_translated));
  return hash.Finish();
}

std::optional<BuildState> ReadBuildState(const FileSystem& fs, const std::string& out_dir, std::string* note) {
  const std::string path = JoinPath(out_dir, BuildStatePath());
  if (!fs.IsFile(path)) return std::nullopt;
  std::string text, error;
  if (!fs.ReadFile(path, &text, &error)) {
    *note = path + " cannot be read (" + error + "); starting over";
    return std::nullopt;
  }
  std::optional<BuildState> state = BuildState::Parse(text, &error);
  if (!state) *note = path + " cannot be used: " + error + "; starting over";
  return state;
}

void SaveBuildState(const Env& env, const std::string& out_dir, const BuildState& state) {
  std::string error;
  const std::string path = JoinPath(out_dir, BuildStatePath());
  if (!env.fs.WriteFileAtomic(path, state.Serialise(), &error)) {
    env.err << "charterc: note: cannot write " << path << " (" << error << "); the next build starts over\n";
  }
}

namespace {

// A path as Make reads it: spaces and '#' escaped with '\\', '$' doubled.
std::string MakeEscaped(const std::string& path) {
  std::string escaped;
  for (char c : path) {
    if (c == ' ' || c == '#' || c == ':') escaped += '\\';
    if (c == '$') escaped += '$';
    escaped += c;
  }
  return escaped;
}

}  // namespace

void WriteDepfile(const Env& env, const PipelineOptions& options, const BuildState& state) {
  std::string rule;
  for (const auto& [path, record] : state.outputs) {
    rule += (rule.empty() ? "" : " \\\n ") + MakeEscaped(JoinPath(OutputFolder(options), path));
  }
  rule += ":";
  std::string phony;
  for (const auto& [question, answer] : state.observed) {
    // Files that exist and were read; a file that did not exist is not a
    // prerequisite Make can check (a new one is found by the next build).
    if (!IsContentQuestion(question) || answer == 0) continue;
    rule += " \\\n  " + MakeEscaped(QuestionPath(question));
    // As gcc -MP: an empty rule per input, so deleting one is not an error.
    phony += "\n" + MakeEscaped(QuestionPath(question)) + ":\n";
  }
  rule += "\n" + phony;
  std::string error;
  if (!env.fs.WriteFileAtomic(options.depfile, rule, &error)) {
    env.err << "charterc: error: cannot write " << options.depfile << ": " << error << "\n";
  }
}

bool OutputIntact(const FileSystem& fs, const std::string& out_dir, const std::string& path, uint64_t content) {
  std::string bytes, error;
  return fs.ReadFile(JoinPath(out_dir, path), &bytes, &error) && ContentHash(bytes) == content;
}

bool NothingChanged(const FileSystem& fs, const std::string& out_dir, const BuildState& state, uint64_t request) {
  if (state.request != request || !state.complete) return false;
  for (const auto& [question, answer] : state.observed) {
    if (!StillHolds(fs, question, answer)) return false;
  }
  for (const auto& [path, record] : state.outputs) {
    if (record.signature == 0 || !OutputIntact(fs, out_dir, path, record.content)) return false;
  }
  return true;
}

}  // namespace charterc
