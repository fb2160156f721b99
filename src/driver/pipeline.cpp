#include "driver/pipeline.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "check/baseline.h"
#include "check/checks.h"
#include "diag/diagnostic_printer.h"
#include "i18n/dates.h"
#include "diag/sarif_printer.h"
#include "driver/progress.h"
#include "driver/promise_report.h"
#include "driver/readability_report.h"
#include "driver/build_plan.h"
#include "driver/build_state_io.h"
#include "driver/reading_cache_io.h"
#include "driver/stage_timer.h"
#include "driver/translation_report.h"
#include "output/output_layout.h"
#include "output/job_runner.h"
#include "output/output_cleanup.h"
#include "output/output_writer.h"
#include "output/internal_note_redaction.h"
#include "project/input_guard.h"
#include "base/content_hash.h"
#include "base/observing_file_system.h"
#include "translation/localise.h"
#include "render/commitments_json.h"
#include "render/html_page.h"
#include "render/report_page.h"
#include "translation/language_publication.h"

namespace charterc {

namespace {

// A broken template would break every page, so `check` reports it too. The
// template joins the project's sources so the diagnostic can quote it.
void CheckTheme(const Theme& theme, LoadedProject* loaded, DiagnosticSink& sink) {
  std::string message;
  size_t offset = 0;
  if (CheckPageTemplate(theme, &message, &offset)) return;
  auto source = std::make_unique<SourceFile>(theme.template_path, theme.page_template);
  sink.Report(DiagCode::E0802, source->LocationOf(offset, 1), message,
              "fix the template, or delete it to use the built-in one");
  loaded->sources.emplace(theme.template_path, std::move(source));
}

// Reads charterc-baseline.json (or, with --update-baseline, writes it from
// this run's quality findings) and marks the findings it holds.
void ApplyBaseline(const Env& env, const PipelineOptions& options, CheckedProject* checked, DiagnosticSink& sink) {
  const LoadedProject& loaded = checked->loaded;
  const std::string path = JoinPath(options.project_dir, kBaselineFile);
  const FindingIndex spans(loaded.project, {});  // only where commitments are
  Baseline baseline;
  if (options.update_baseline) {
    for (const Diagnostic& d : sink.Sorted()) {
      if (Baselinable(d)) baseline.Add(KeyOf(d, loaded, spans), d.message);
    }
    std::string error;
    if (!env.fs.WriteFileAtomic(path, baseline.ToJson(), &error)) {
      sink.Report(DiagCode::E0801, SourceLocation{path}, "cannot write " + path + ": " + error,
                  "check that the project folder is writable");
      return;
    }
    if (!options.quiet) env.err << "baseline: " << baseline.size() << " findings written to " << path << "\n";
  } else if (env.fs.IsFile(path)) {
    std::string text, error;
    if (!env.fs.ReadFile(path, &text, &error) || !baseline.Parse(text, &error)) {
      sink.Report(DiagCode::E0709, SourceLocation{path}, kBaselineFile + std::string(" cannot be used: ") + error,
                  "write it again with charterc check --update-baseline, or delete it");
      return;
    }
  } else {
    return;
  }
  checked->baseline_used = true;
  sink.MarkBaselined([&](const Diagnostic& d) { return Baselinable(d) && baseline.Take(KeyOf(d, loaded, spans)); });
}

}  // namespace

std::string OutputFolder(const PipelineOptions& options) {
  std::string out = options.out_dir.empty() ? JoinPath(options.project_dir, "out") : options.out_dir;
  // "out/" and "out" are one folder: inputs are told from outputs by it.
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

CheckedProject LoadAndCheck(const Env& outer_env, const PipelineOptions& options, DiagnosticSink& sink) {
  // Every question asked of the file system from here on is an input of
  // the build (base/observing_file_system.h).
  ObservingFileSystem observing(outer_env.fs, OutputFolder(options));
  const Env env = outer_env.WithFileSystem(observing);
  sink.set_warnings_are_errors(options.strict);
  StageTimer timer(env.err, options.verbose);
  // The cache is not an input: it is read past the observing file system.
  std::shared_ptr<ReadingCache> readings = OpenReadingCache(outer_env, OutputFolder(options));
  CheckedProject checked{LoadProject(env.fs, options.project_dir, sink, readings.get()), {}, {}};
  checked.readings = readings;
  timer.Lap("load");
  // charterc.yaml's choices also re-grade what loading reported.
  sink.set_severities(checked.loaded.project.config.severities);
  checked.analysis = Analyse(checked.loaded.project, readings.get());
  timer.Lap("analyse");
  if (options.verbose) {
    const Analysis& analysis = checked.analysis;
    env.err << "analyse: " << analysis.afresh.size() << " of "
            << analysis.documents.size() + analysis.translations.size() << " files read afresh ("
            << readings->hits() << " readings reused, " << readings->misses() << " computed)\n";
  }
  RunChecks(checked.loaded.project, checked.analysis, IsoDate(env.clock.Now()), sink);
  CheckMinTranslated(checked.loaded.project, checked.analysis, options.min_translated, sink);
  checked.withheld_langs = WithheldLanguages(checked.loaded.project, checked.analysis, sink);
  // The theme's files are read by the render stage too: a refused one
  // (a link out of the project, a FIFO, too large) is reported here.
  for (const char* file : {"themes/default/page.xhtml", "themes/default/charterc.css", "themes/default/charterc-fragment.css"}) {
    const std::string path = JoinPath(options.project_dir, file);
    if (env.fs.Examine(path).kind != EntryKind::Missing) AdmitInput(env.fs, options.project_dir, path, sink);
  }
  CheckTheme(LoadTheme(env.fs, options.project_dir), &checked.loaded, sink);
  ApplyBaseline(env, options, &checked, sink);
  checked.findings = FindingIndex(checked.loaded.project, sink.Sorted());
  checked.observed = observing.observations();
  timer.Lap("check");
  return checked;
}

namespace {

std::string JoinComma(const std::vector<std::string>& parts) {
  std::string joined;
  for (const std::string& part : parts) joined += (joined.empty() ? "" : ",") + part;
  return joined;
}

// What the last build wrote that this one does not make: removed when this
// build could make its format (its document was deleted or renamed, or
// lost a translation), kept with its record when not (`build --format
// html` leaves the PDFs alone, as does a build without a browser). Nothing
// is removed when the build could not see the project whole (a broken page
// template, an unreadable file, no documents found): a typo must not
// delete a site. Last good outputs of withheld documents stay.
void RemoveStale(FileSystem& fs, const PipelineOptions& options, const std::optional<BuildState>& previous,
                 const BuildPlan& plan, bool whole, BuildState* state) {
  if (!previous) return;
  std::set<std::string> planned(plan.kept().begin(), plan.kept().end());
  for (const OutputJob& job : plan.jobs()) planned.insert(job.path);
  for (const auto& [path, record] : previous->outputs) {
    if (planned.count(path)) continue;
    if (!whole || !plan.Makes(OutputLayout::FormatOf(path))) {
      state->outputs[path] = record;
      continue;
    }
    std::string error;  // a file already gone, or not one charterc may remove: left as it is
    RemoveRecordedOutput(fs, OutputFolder(options), path, &error);
  }
}

}  // namespace

Written RenderAndWrite(Env& env, const PipelineOptions& options, const CheckedProject& checked, DiagnosticSink& sink,
                       const std::optional<BuildState>& previous) {
  const std::string out_dir = OutputFolder(options);
  StageTimer timer(env.err, options.verbose);
  const BuildPlan plan(env, options, checked, sink, previous);
  Written written;
  written.documents = plan.documents();
  BuildState& state = written.state;
  state.request = plan.request();
  state.observed = plan.observed();
  state.inputs = plan.inputs().hashes();
  state.formats = JoinComma(options.formats);
  state.bilingual = JoinComma(options.bilingual);
  state.formats_explicit = options.formats_explicit;
  std::vector<const OutputJob*> to_make;
  for (const OutputJob& job : plan.jobs()) {
    std::string why = plan.WhyMake(job, previous);
    if (why.empty()) {
      const OutputRecord& record = previous->outputs.at(job.path);
      state.outputs[job.path] = record;
      // What making it found still holds: say it again.
      for (const Diagnostic& d : record.findings) sink.Report(d.code, d.location, d.message, d.hint);
      ++written.reused;
      continue;
    }
    if (options.explain) env.err << "charterc: making " << job.path << ": " << why << "\n";
    to_make.push_back(&job);
  }
  timer.Lap("localise/plan");
  OutputWriter writer(env.fs, out_dir, sink, options.force);
  std::mutex records;
  Progress progress(env.err, env.err_is_terminal && !options.quiet, SteadySeconds, env.err_columns);
  progress.Start(static_cast<int>(to_make.size()));
  // Each job's own findings, gathered on its thread while it runs.
  std::map<std::string, std::vector<Diagnostic>> findings;
  for (const OutputJob* job : to_make) findings[job->path];
  auto started = [&](const OutputJob& job) {
    progress.JobStarted(job.path);
    sink.StartCapture(&findings.at(job.path));
  };
  auto done = [&](const OutputJob& job, bool ok, std::string bytes) {
    sink.StopCapture();
    progress.JobFinished();
    const OutputRecord* before =
        previous && previous->outputs.count(job.path) ? &previous->outputs.at(job.path) : nullptr;
    if (!ok) {
      // A diagnostic says why. The file the last build wrote stays, and
      // its record loses its inputs, so the next build tries again.
      std::lock_guard<std::mutex> lock(records);
      if (before != nullptr) state.outputs[job.path] = {before->content, 0, {}};
      state.complete = false;
      if (!bytes.empty()) {  // what went wrong, when a job threw
        sink.Report(DiagCode::E0801, SourceLocation{JoinPath(out_dir, job.path), 0, 0, 0},
                    "cannot make output: " + bytes, "run the build again; if it keeps failing, report it");
      }
      return;
    }
    if (!writer.MayWrite(job.path)) return;  // E1408 or E1410 says why
    const uint64_t content = ContentHash(bytes);
    // Same bytes as the file already holds: leave it (and its time) alone.
    bool same = before != nullptr && before->content == content && OutputIntact(env.fs, out_dir, job.path, content);
    if (!same && !writer.Write(job.path, bytes)) return;
    std::lock_guard<std::mutex> lock(records);
    state.outputs[job.path] = {content, plan.Signature(job), job.inputs, std::move(findings.at(job.path))};
    ++written.made;
  };
  // Wave by wave (output/output_job.h): a later wave reads what the
  // earlier ones wrote.
  std::map<int, std::vector<const OutputJob*>> waves;
  for (const OutputJob* job : to_make) waves[job->wave].push_back(job);
  for (const auto& [wave, jobs] : waves) RunJobs(jobs, plan.threads(), started, done);
  // A kept output (a withheld document's last good page) keeps its record.
  for (const std::string& path : plan.kept()) {
    if (previous && previous->outputs.count(path)) state.outputs[path] = previous->outputs.at(path);
  }
  progress.Finish();
  const bool whole = plan.SawWholeProject() && !sink.HasIoFailure();
  RemoveStale(env.fs, options, previous, plan, whole, &state);
  timer.Lap("render/write");
  return written;
}

int Finish(const Env& env, const PipelineOptions& options, const CheckedProject& checked, const DiagnosticSink& sink,
           QuotedNotes notes) {
  const LoadedProject& loaded = checked.loaded;
  std::map<std::string, std::unique_ptr<SourceFile>> masked;  // made as diagnostics ask for them
  SourceLookup sources = [&](const std::string& path) -> const SourceFile* {
    const SourceFile* source = loaded.Source(path);
    if (source == nullptr || notes == QuotedNotes::Shown) return source;
    std::unique_ptr<SourceFile>& copy = masked[path];
    if (!copy) copy = std::make_unique<SourceFile>(path, MaskInternalNotes(source->text()));
    return copy.get();
  };
  std::vector<Diagnostic> diagnostics = sink.Sorted();
  // Machine formats carry every finding, baselined ones marked (SARIF's
  // baselineState, JSON's "baselined"): dashboards filter on them.
  if (options.diagnostics_format == DiagnosticsFormat::Sarif) {
    PrintDiagnosticsSarif(diagnostics, checked.baseline_used, env.out);
  } else if (options.diagnostics_format == DiagnosticsFormat::Json) {
    PrintDiagnosticsJson(diagnostics, env.out);
  } else {
    if (!options.show_baselined) std::erase_if(diagnostics, [](const Diagnostic& d) { return d.baselined; });
    PrintDiagnosticsText(diagnostics, sources, env.err, options.color, env.err_columns);
    if (!options.quiet) {
      PrintTranslationCoverage(loaded.project, checked.analysis, env.err);
      PrintPromises(loaded.project, checked.analysis, env.err);
      PrintReadability(loaded.project, checked.analysis, env.err);
    }
    const int baselined = sink.BaselinedCount();
    if (!options.quiet || !diagnostics.empty()) {
      env.err << SummaryLine(sink.ErrorCount(), sink.WarningCount(), baselined) << "\n";
    }
    if (!options.quiet && baselined > 0 && !options.show_baselined) {
      env.err << "(" << kBaselineFile << " holds the baselined findings; --show-baselined lists them)\n";
    }
  }
  if (sink.HasIoFailure()) return kExitUsage;
  return sink.ErrorCount() > 0 ? kExitProjectErrors : kExitClean;
}

}  // namespace charterc
