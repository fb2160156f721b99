#include "driver/commands.h"

#include <cctype>
#include <iomanip>
#include <sstream>

#include "base/suggest.h"
#include "diag/code_explanation.h"
#include "diag/diagnostic_printer.h"
#include "driver/build_state_io.h"
#include "driver/output_folder_guard.h"
#include "driver/promise_list.h"
#include "driver/reading_cache_io.h"
#include "driver/write_ids.h"
#include "output/output_cleanup.h"
#include "pdf/profile_folders.h"
#include "resources/embedded.h"

namespace charterc {

namespace {

bool WantsPdf(const PipelineOptions& options) {
  for (const std::string& format : options.formats) {
    if (format == "pdf" || format == "large-print") return true;
  }
  return false;
}

bool PrintsSummary(const PipelineOptions& options) {
  return !options.quiet && options.diagnostics_format == DiagnosticsFormat::Text;
}

// Nothing changed since the last build: print what it printed, write nothing.
int ReplayBuild(Env& env, const PipelineOptions& options, const BuildState& state) {
  env.out << state.printed_out;
  env.err << state.printed_err;
  if (PrintsSummary(options)) {
    env.err << "nothing to do: the " << state.outputs.size() << " outputs in " << OutputFolder(options)
            << " are up to date\n";
  }
  if (!options.depfile.empty()) WriteDepfile(env, options, state);
  return state.exit_code;
}

}  // namespace

int RunBuild(Env& env, const PipelineOptions& options) {
  const std::string out_dir = OutputFolder(options);
  {
    // Nothing is loaded or written when the output folder is refused:
    // one error says why, and no summary claims documents were written.
    DiagnosticSink refusal;
    if (!CheckOutputFolder(env.fs, options, refusal)) return Finish(env, options, CheckedProject{}, refusal);
  }
  // What a killed run left behind is removed first: a build with nothing
  // else to do must not leave it either.
  if (OwnsOutputFolder(env.fs, out_dir)) SweepTempFiles(env.fs, out_dir);
  // Likewise the browser profiles of killed PDF builds, even when this
  // build starts no browser (pdf/profile_folders.h).
  if (WantsPdf(options)) RemoveOrphanedProfileFolders();
  std::string note;
  std::optional<BuildState> previous = ReadBuildState(env.fs, out_dir, &note);
  if (!note.empty() && !options.quiet) env.err << "charterc: note: " << note << "\n";
  if (previous && NothingChanged(env.fs, out_dir, *previous, RequestHash(env, options))) {
    return ReplayBuild(env, options, *previous);
  }
  DiagnosticSink sink;
  CheckedProject checked = LoadAndCheck(env, options, sink);
  MarkOutputFolder(env.fs, out_dir, sink);
  Written written = RenderAndWrite(env, options, checked, sink, previous);
  // What Finish prints is kept in the state, for a build with nothing to do.
  std::ostringstream printed_out, printed_err;
  int code = Finish(env.WithStreams(printed_out, printed_err), options, checked, sink);
  env.out << printed_out.str();
  env.err << printed_err.str();
  // The state's copy is printed again with the notes for assessors masked
  // in the quoted lines (they must not leave the evidence pack).
  std::ostringstream state_out, state_err;
  Finish(env.WithStreams(state_out, state_err), options, checked, sink, QuotedNotes::Masked);
  written.state.printed_out = state_out.str();
  written.state.printed_err = state_err.str();
  written.state.exit_code = code;
  const LoadedProject& loaded = checked.loaded;
  if (PrintsSummary(options)) {
    int skipped = static_cast<int>(loaded.project.documents.size()) - written.documents;
    env.err << "wrote " << written.documents << " of " << loaded.project.documents.size() << " documents to "
            << out_dir;
    if (skipped > 0) env.err << " (" << skipped << " not written: fix the errors above)";
    if (written.reused > 0) env.err << "; " << written.reused << " outputs were up to date";
    env.err << "\n";
  }
  // Where outputs could not be written, neither can the state: E0801 said so.
  if (!sink.HasIoFailure()) {
    SaveBuildState(env, out_dir, written.state);
    SaveReadingCache(env, out_dir, *checked.readings);
  }
  if (!options.depfile.empty()) WriteDepfile(env, options, written.state);
  return code;
}

int RunCheck(Env& env, const PipelineOptions& options) {
  DiagnosticSink sink;
  CheckedProject checked = LoadAndCheck(env, options, sink);
  int code = Finish(env, options, checked, sink);
  if (options.list_promises) {
    // stdout already holds the JSON or SARIF diagnostics: the table must not break them.
    std::ostream& out = options.diagnostics_format == DiagnosticsFormat::Text ? env.out : env.err;
    PrintPromiseList(checked.loaded.project, checked.analysis, checked.findings, out);
  }
  if (options.write_ids) {
    std::string error;
    WriteImplicitIds(env.fs, checked.loaded, env.err, &error);
    if (!error.empty()) {
      env.err << "charterc: error: cannot write ids: " << error << "\n";
      return kExitUsage;
    }
  }
  return code;
}

namespace {

// `charterc codes E0901`: the code explained from the embedded
// docs/diagnostics.md; an unknown one gets "did you mean".
int ExplainOneCode(Env& env, const std::string& code) {
  const DiagCodeInfo* info = FindDiagCode(code);
  if (info == nullptr) {
    std::vector<std::string> known;
    for (const DiagCodeInfo& each : AllDiagCodes()) {
      known.emplace_back(each.id);
      known.emplace_back(each.name);
    }
    std::string upper = code;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::string suggestion = DidYouMean(upper, known);
    if (suggestion.empty()) suggestion = DidYouMean(code, known);
    env.err << "charterc codes: error: no diagnostic code '" << code << "'";
    if (!suggestion.empty()) env.err << "; " << suggestion;
    env.err << "\n  hint: charterc codes lists every code\n";
    return kExitUsage;
  }
  env.out << ExplainCode(*info, FindEmbeddedFile("docs/diagnostics.md").value_or(""));
  return kExitClean;
}

}  // namespace

int RunCodes(Env& env, const std::string& code) {
  if (!code.empty()) return ExplainOneCode(env, code);
  for (const DiagCodeInfo& info : AllDiagCodes()) {
    env.out << info.id << "  " << std::left << std::setw(7) << SeverityName(info.severity)  // "warning"
            << "  " << std::setw(9) << KindName(info.kind) << std::right  // "integrity"
            << "  " << info.name << ": " << info.summary << "\n";
  }
  return kExitClean;
}

}  // namespace charterc
