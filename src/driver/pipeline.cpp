#include "driver/pipeline.h"

#include <algorithm>
#include <memory>
#include <set>

#include "check/baseline.h"
#include "check/checks.h"
#include "diag/diagnostic_printer.h"
#include "diag/sarif_printer.h"
#include "driver/progress.h"
#include "driver/promise_report.h"
#include "driver/readability_report.h"
#include "driver/site_writer.h"
#include "driver/stage_timer.h"
#include "driver/translation_report.h"
#include "output/output_writer.h"
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

CheckedProject LoadAndCheck(const Env& env, const PipelineOptions& options, DiagnosticSink& sink) {
  sink.set_warnings_are_errors(options.strict);
  StageTimer timer(env.err, options.verbose);
  CheckedProject checked{LoadProject(env.fs, options.project_dir, sink), {}, {}};
  timer.Lap("load");
  // charterc.yaml's choices also re-grade what loading reported.
  sink.set_severities(checked.loaded.project.config.severities);
  checked.analysis = Analyse(checked.loaded.project);
  timer.Lap("analyse");
  RunChecks(checked.loaded.project, checked.analysis, sink);
  CheckMinTranslated(checked.loaded.project, checked.analysis, options.min_translated, sink);
  checked.withheld_langs = WithheldLanguages(checked.loaded.project, checked.analysis, sink);
  CheckTheme(LoadTheme(env.fs, options.project_dir), &checked.loaded, sink);
  ApplyBaseline(env, options, &checked, sink);
  checked.findings = FindingIndex(checked.loaded.project, sink.Sorted());
  timer.Lap("check");
  return checked;
}

namespace {

bool Wants(const PipelineOptions& options, const std::string& format) {
  return std::find(options.formats.begin(), options.formats.end(), format) != options.formats.end();
}

// out/report/index.html, the internal promise report.
void WriteReport(const Env& env, const PipelineOptions& options, const CheckedProject& checked,
                 const std::function<Publication(const Document&)>& publication, OutputWriter& writer) {
  std::map<std::string, UiStrings> loaded;
  StringsFor strings_for = [&](const std::string& lang) -> const UiStrings& {
    auto it = loaded.find(lang);
    if (it == loaded.end()) it = loaded.emplace(lang, UiStrings::Load(env.fs, options.project_dir, lang)).first;
    return it->second;
  };
  std::string html, error;
  if (RenderReportPage(checked.loaded.project, checked.analysis, checked.findings, publication, strings_for,
                       LoadTheme(env.fs, options.project_dir), &html, &error)) {
    writer.Write("report/index.html", html);
  }
}

}  // namespace

int RenderAndWrite(Env& env, const PipelineOptions& options, const CheckedProject& checked, DiagnosticSink& sink) {
  const Project& project = checked.loaded.project;
  StageTimer timer(env.err, options.verbose);
  Progress progress(env.err, env.err_is_terminal && !options.quiet, SteadySeconds, env.err_columns);
  std::string out_dir = options.out_dir.empty() ? JoinPath(options.project_dir, "out") : options.out_dir;
  OutputWriter writer(env.fs, out_dir, sink);
  const std::set<std::string> with_errors = sink.FilesWithErrors();
  auto publication = [&](const Document& doc) {
    if (with_errors.count(doc.path) == 0) return Publication::Written;
    bool was_written = env.fs.IsFile(JoinPath(out_dir, doc.meta.lang + "/" + doc.name + ".html"));
    return was_written ? Publication::LastGood : Publication::Withheld;
  };
  int written = static_cast<int>(std::count_if(project.documents.begin(), project.documents.end(),
                                               [&](const Document& doc) { return with_errors.count(doc.path) == 0; }));
  if (Wants(options, "html") || Wants(options, "txt") || Wants(options, "epub") || Wants(options, "pdf") ||
      Wants(options, "large-print")) {
    SiteOptions site{options.project_dir,      Wants(options, "html"),     Wants(options, "txt"),
                     Wants(options, "epub"),   Wants(options, "evidence"), options.bilingual};
    site.pdf = {Wants(options, "pdf"), Wants(options, "large-print"), options.formats_explicit, out_dir};
    site.withheld_langs = checked.withheld_langs;
    site.progress = &progress;
    written = WriteSite(env, site, project, checked.analysis, with_errors, publication, sink, writer);
    progress.Finish();
  }
  if (Wants(options, "json")) {
    writer.Write("commitments.json", CommitmentsJson(project, checked.analysis, checked.findings, publication));
  }
  if (Wants(options, "report")) WriteReport(env, options, checked, publication, writer);
  timer.Lap("render/write");
  return written;
}

int Finish(const Env& env, const PipelineOptions& options, const CheckedProject& checked, const DiagnosticSink& sink) {
  const LoadedProject& loaded = checked.loaded;
  std::vector<Diagnostic> diagnostics = sink.Sorted();
  // Machine formats carry every finding, baselined ones marked (SARIF's
  // baselineState, JSON's "baselined"): dashboards filter on them.
  if (options.diagnostics_format == DiagnosticsFormat::Sarif) {
    PrintDiagnosticsSarif(diagnostics, checked.baseline_used, env.out);
  } else if (options.diagnostics_format == DiagnosticsFormat::Json) {
    PrintDiagnosticsJson(diagnostics, env.out);
  } else {
    if (!options.show_baselined) std::erase_if(diagnostics, [](const Diagnostic& d) { return d.baselined; });
    PrintDiagnosticsText(diagnostics, [&](const std::string& path) { return loaded.Source(path); }, env.err,
                         options.color);
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
