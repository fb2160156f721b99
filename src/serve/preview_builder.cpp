#include "serve/preview_builder.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <iomanip>

#include "driver/build_plan.h"
#include "driver/build_state_io.h"
#include "driver/output_folder_guard.h"
#include "driver/reading_cache_io.h"

namespace charterc {

std::shared_ptr<BuildResult> PreviewBuilder::RunPipeline() {
  DiagnosticSink sink;
  // The preview writes where a build would, under the same rules
  // (driver/output_folder_guard.h): a refused folder is an error, and
  // nothing is written there.
  const bool may_write = CheckOutputFolder(env_.fs, options_, sink);
  CheckedProject checked = LoadAndCheck(env_, options_, sink);
  auto result = std::make_shared<BuildResult>();
  result->pages = IndexPages(checked.loaded.project);
  // What RenderAndWrite withholds: ui.yaml errors withhold a whole language.
  result->files_with_errors = WithUiStringErrors(sink.FilesWithErrors(), checked.loaded.project);
  // Incremental like build: only the pages whose inputs changed are made.
  const std::string out_dir = OutputFolder(options_);
  std::string note;
  std::optional<BuildState> previous = ReadBuildState(env_.fs, out_dir, &note);
  Written written;
  if (may_write && MarkOutputFolder(env_.fs, out_dir, sink)) {
    written = RenderAndWrite(env_, options_, checked, sink, previous);
  }
  PipelineOptions printing = options_;
  printing.quiet = printing.quiet || builds_ > 1;
  Finish(env_, printing, checked, sink);
  // The state lets the next build (or save) skip what did not change; its
  // request is left unmatched, as the preview prints differently from a
  // build, so a later `charterc build` never replays the preview's output.
  written.state.request = 0;
  if (!sink.HasIoFailure()) {
    SaveBuildState(env_, out_dir, written.state);
    SaveReadingCache(env_, out_dir, *checked.readings);
  }
  result->diagnostics = sink.Sorted();
  std::erase_if(result->diagnostics, [](const Diagnostic& d) { return d.baselined; });
  result->errors = sink.ErrorCount();
  result->warnings = sink.WarningCount();
  return result;
}

std::shared_ptr<const BuildResult> PreviewBuilder::Build(const std::vector<std::string>& changed) {
  ++builds_;
  const auto start = std::chrono::steady_clock::now();
  std::shared_ptr<BuildResult> result;
  try {
    result = RunPipeline();
  } catch (const std::exception& e) {
    // A bug must not take the preview down with the author's unsaved work
    // in mind: say so, and wait for the next save.
    env_.err << "charterc: internal error during the build: " << e.what() << "\n";
    result = std::make_shared<BuildResult>();
    result->errors = 1;
  }
  result->number = builds_;
  result->changed = changed;
  if (builds_ > 1) {
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    env_.err << "rebuilt in " << std::fixed << std::setprecision(2) << took.count() << " s";
    // A quiet build prints nothing when all is well: say that it is.
    if (result->errors == 0 && result->warnings == 0) env_.err << ", no problems";
    env_.err << "\n" << std::flush;
  }
  return result;
}

}  // namespace charterc
