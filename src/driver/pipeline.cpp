#include "driver/pipeline.h"

#include <algorithm>
#include <memory>
#include <set>

#include "check/checks.h"
#include "diag/diagnostic_printer.h"
#include "diag/sarif_printer.h"
#include "driver/promise_report.h"
#include "driver/readability_report.h"
#include "driver/site_writer.h"
#include "driver/translation_report.h"
#include "output/output_writer.h"
#include "render/commitments_json.h"
#include "render/html_page.h"

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

}  // namespace

CheckedProject LoadAndCheck(const Env& env, const PipelineOptions& options, DiagnosticSink& sink) {
  sink.set_warnings_are_errors(options.strict);
  CheckedProject checked{LoadProject(env.fs, options.project_dir, sink), {}};
  checked.analysis = Analyse(checked.loaded.project);
  RunChecks(checked.loaded.project, checked.analysis, sink);
  CheckMinTranslated(checked.loaded.project, checked.analysis, options.min_translated, sink);
  CheckTheme(LoadTheme(env.fs, options.project_dir), &checked.loaded, sink);
  return checked;
}

namespace {

bool Wants(const PipelineOptions& options, const std::string& format) {
  return std::find(options.formats.begin(), options.formats.end(), format) != options.formats.end();
}

}  // namespace

int RenderAndWrite(Env& env, const PipelineOptions& options, const CheckedProject& checked, DiagnosticSink& sink) {
  const Project& project = checked.loaded.project;
  std::string out_dir = options.out_dir.empty() ? JoinPath(options.project_dir, "out") : options.out_dir;
  OutputWriter writer(env.fs, out_dir, sink);
  const std::set<std::string> with_errors = sink.FilesWithErrors();
  auto published = [&](const Document& doc) { return with_errors.count(doc.path) == 0; };
  int written = 0;
  if (Wants(options, "html") || Wants(options, "txt") || Wants(options, "epub") || Wants(options, "pdf") ||
      Wants(options, "large-print")) {
    SiteOptions site{options.project_dir,      Wants(options, "html"),     Wants(options, "txt"),
                     Wants(options, "epub"),   Wants(options, "evidence"), options.bilingual};
    site.pdf = {Wants(options, "pdf"), Wants(options, "large-print"), options.formats_explicit, out_dir};
    written = WriteSite(env, site, project, checked.analysis, with_errors, sink, writer);
  }
  if (Wants(options, "json")) {
    writer.Write("commitments.json", CommitmentsJson(project, checked.analysis, published));
    written = static_cast<int>(std::count_if(project.documents.begin(), project.documents.end(), published));
  }
  return written;
}

int Finish(const Env& env, const PipelineOptions& options, const CheckedProject& checked, const DiagnosticSink& sink) {
  const LoadedProject& loaded = checked.loaded;
  std::vector<Diagnostic> diagnostics = sink.Sorted();
  if (options.diagnostics_format == DiagnosticsFormat::Json) {
    PrintDiagnosticsJson(diagnostics, env.out);
  } else if (options.diagnostics_format == DiagnosticsFormat::Sarif) {
    PrintDiagnosticsSarif(diagnostics, env.out);
  } else {
    PrintDiagnosticsText(diagnostics, [&](const std::string& path) { return loaded.Source(path); }, env.err);
    if (!options.quiet) {
      PrintTranslationCoverage(loaded.project, checked.analysis, env.err);
      PrintPromises(loaded.project, checked.analysis, env.err);
      PrintReadability(loaded.project, checked.analysis, env.err);
    }
    if (!options.quiet || !diagnostics.empty()) env.err << SummaryLine(sink.ErrorCount(), sink.WarningCount()) << "\n";
  }
  if (sink.HasIoFailure()) return kExitUsage;
  return sink.ErrorCount() > 0 ? kExitProjectErrors : kExitClean;
}

}  // namespace charterc
