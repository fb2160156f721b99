// `charterc explain` and `charterc clean`: the build state read back for
// people (why would each output be made again?) and for tidying up (remove
// exactly what charterc wrote).

#include <sstream>

#include "driver/build_plan.h"
#include "driver/build_state_io.h"
#include "driver/commands.h"
#include "driver/output_folder_guard.h"
#include "driver/reading_cache_io.h"
#include "output/output_cleanup.h"

namespace charterc {

namespace {

std::vector<std::string> SplitComma(const std::string& text) {
  std::vector<std::string> parts;
  std::istringstream in(text);
  for (std::string part; std::getline(in, part, ',');) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

bool Named(const std::vector<std::string>& names, const std::string& path) {
  return names.empty() || std::find(names.begin(), names.end(), path) != names.end();
}

}  // namespace

int RunExplain(Env& env, PipelineOptions options, const std::vector<std::string>& outputs) {
  const std::string out_dir = OutputFolder(options);
  std::string note;
  std::optional<BuildState> previous = ReadBuildState(env.fs, out_dir, &note);
  if (!previous) {
    env.out << (note.empty() ? "no earlier build in " + out_dir : note) << ": a build would make every output\n";
    return kExitClean;
  }
  // The question is about the build that was run: the same formats.
  if (!options.formats_explicit) {
    options.formats = SplitComma(previous->formats);
    options.formats_explicit = previous->formats_explicit;
  }
  if (options.bilingual.empty()) options.bilingual = SplitComma(previous->bilingual);
  if (NothingChanged(env.fs, out_dir, *previous, RequestHash(env, options))) {
    env.out << "nothing changed since the last build: its " << previous->outputs.size() << " outputs are up to date\n";
    return kExitClean;
  }
  DiagnosticSink sink;  // the findings are the build's business, not explain's
  std::ostringstream ignored;
  Env quiet = env.WithStreams(ignored, ignored);
  CheckedProject checked = LoadAndCheck(quiet, options, sink);
  BuildPlan plan(quiet, options, checked, sink, previous);
  int again = 0, planned = 0;
  for (const OutputJob& job : plan.jobs()) {
    if (!Named(outputs, job.path)) continue;
    ++planned;
    std::string why = plan.WhyMake(job, previous);
    if (why.empty()) {
      if (!outputs.empty()) env.out << job.path << ": up to date\n";
      continue;
    }
    ++again;
    env.out << job.path << ": would be made again: " << why << "\n";
  }
  std::set<std::string> made;
  for (const OutputJob& job : plan.jobs()) made.insert(job.path);
  for (const auto& [path, record] : previous->outputs) {
    if (!made.count(path) && Named(outputs, path)) env.out << path << ": would be removed or kept: no longer made\n";
  }
  env.out << again << " of " << planned << " outputs would be made again\n";
  return kExitClean;
}

int RunClean(Env& env, const PipelineOptions& options) {
  const std::string out_dir = OutputFolder(options);
  // As `build` (driver/output_folder_guard.h): the project's own out may
  // not lead elsewhere through a link; a linked folder named with -o may.
  if (options.out_dir.empty() && env.fs.Examine(out_dir).kind == EntryKind::Symlink) {
    env.err << "charterc: error: " << out_dir << " is a symbolic link; nothing removed (name the folder it leads "
            << "to with -o to clean it)\n";
    return kExitUsage;
  }
  std::string note;
  std::optional<BuildState> state = ReadBuildState(env.fs, out_dir, &note);
  if (!state) {
    // Without a state, charterc cannot know which files are its own.
    env.err << "charterc: " << (note.empty() ? "no build state in " + out_dir : note)
            << "; nothing removed (charterc removes only what its build state lists)\n";
    return note.empty() ? kExitClean : kExitUsage;
  }
  int removed = 0;
  std::string error;
  for (const auto& [path, record] : state->outputs) {
    const std::string file = JoinPath(out_dir, path);
    if (env.fs.Examine(file).kind == EntryKind::Missing) continue;
    if (RemoveRecordedOutput(env.fs, out_dir, path, &error)) ++removed;
    else env.err << "charterc: error: cannot remove " << file << ": " << error << "\n";
  }
  env.fs.RemoveFile(JoinPath(out_dir, BuildStatePath()), &error);
  std::string no_marker;  // folders of older versions have none
  env.fs.RemoveFile(JoinPath(out_dir, OwnerMarkerPath()), &no_marker);
  SweepTempFiles(env.fs, out_dir);
  std::string ignored;  // the reading cache is charterc's too; it may not exist
  if (env.fs.IsFile(JoinPath(out_dir, ReadingCachePath()))) env.fs.RemoveFile(JoinPath(out_dir, ReadingCachePath()), &ignored);
  if (!options.quiet) env.err << "removed " << removed << " files charterc wrote in " << out_dir << "\n";
  return error.empty() ? kExitClean : kExitUsage;
}

}  // namespace charterc
