#include "driver/pipeline.h"

#include <algorithm>
#include <map>
#include <set>
#include <memory>

#include "check/checks.h"
#include "diag/diagnostic_printer.h"
#include "diag/sarif_printer.h"
#include "output/output_writer.h"
#include "render/commitments_json.h"
#include "render/criterion_links.h"
#include "render/traceability_page.h"
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

void WriteDocumentPage(const RenderContext& context, const Theme& theme, OutputWriter& writer,
                       std::vector<IndexEntry>* index) {
  std::string html, error;
  if (!RenderDocumentPage(context, theme, &html, &error)) return;  // CheckTheme has reported it
  std::string relative = context.document.meta.lang + "/" + context.document.name + ".html";
  if (writer.Write(relative, html)) index->push_back({&context.document, context.document.meta.lang, relative});
}

}  // namespace

LoadedProject LoadAndCheck(const Env& env, const PipelineOptions& options, DiagnosticSink& sink) {
  sink.set_warnings_are_errors(options.strict);
  LoadedProject loaded = LoadProject(env.fs, options.project_dir, sink);
  RunChecks(loaded.project, sink);
  CheckTheme(LoadTheme(env.fs, options.project_dir), &loaded, sink);
  return loaded;
}

namespace {

bool Wants(const PipelineOptions& options, const std::string& format) {
  return std::find(options.formats.begin(), options.formats.end(), format) != options.formats.end();
}

// Pages, their stylesheet and the index; returns the pages written.
int WriteHtml(Env& env, const PipelineOptions& options, const Project& project, const DiagnosticSink& sink,
              OutputWriter& writer) {
  Theme theme = LoadTheme(env.fs, options.project_dir);
  std::string unused_message;
  size_t unused_offset = 0;
  if (!CheckPageTemplate(theme, &unused_message, &unused_offset)) return 0;  // LoadAndCheck reported it
  std::map<std::string, UiStrings> strings_by_lang;
  auto strings_for = [&](const std::string& lang) -> const UiStrings& {
    auto it = strings_by_lang.find(lang);
    if (it == strings_by_lang.end()) {
      it = strings_by_lang.emplace(lang, UiStrings::Load(env.fs, options.project_dir, lang)).first;
    }
    return it->second;
  };
  std::vector<IndexEntry> index;
  std::map<std::string, std::vector<const Document*>> published_by_lang;
  for (const Document& doc : project.documents) {
    // A document with errors is not written: its last good output stays.
    if (sink.HasErrorsIn(doc.path)) continue;
    RenderContext context{project, doc, strings_for(doc.meta.lang)};
    WriteDocumentPage(context, theme, writer, &index);
    published_by_lang[doc.meta.lang].push_back(&doc);
  }
  std::string html, error;
  std::set<std::string> traceability_langs;
  for (const auto& [lang, documents] : published_by_lang) {
    if (!RenderTraceabilityPage(project, lang, documents, strings_for(lang), theme, Audience::Public, &html, &error) ||
        html.empty()) {
      continue;
    }
    if (writer.Write(lang + "/" + kTraceabilityPage, html)) traceability_langs.insert(lang);
  }
  // The assessors' evidence pack covers every language, in the source one.
  std::vector<const Document*> all_published;
  for (const auto& [lang, documents] : published_by_lang) all_published.insert(all_published.end(), documents.begin(), documents.end());
  if (RenderTraceabilityPage(project, project.config.source_lang, all_published, strings_for(project.config.source_lang),
                             theme, Audience::Assessor, &html, &error) &&
      !html.empty()) {
    writer.Write("evidence/index.html", html);
  }
  writer.Write("charterc.css", theme.stylesheet);
  if (RenderIndexPage(project, strings_for(project.config.source_lang), theme, index, traceability_langs, &html,
                      &error)) {
    writer.Write("index.html", html);
  }
  return static_cast<int>(index.size());
}

}  // namespace

int RenderAndWrite(Env& env, const PipelineOptions& options, const LoadedProject& loaded, DiagnosticSink& sink) {
  const Project& project = loaded.project;
  std::string out_dir = options.out_dir.empty() ? JoinPath(options.project_dir, "out") : options.out_dir;
  OutputWriter writer(env.fs, out_dir, sink);
  auto published = [&](const Document& doc) { return !sink.HasErrorsIn(doc.path); };
  int written = 0;
  if (Wants(options, "html")) written = WriteHtml(env, options, project, sink, writer);
  if (Wants(options, "json")) {
    writer.Write("commitments.json", CommitmentsJson(project, published));
    if (!Wants(options, "html")) written = static_cast<int>(std::count_if(project.documents.begin(), project.documents.end(), published));
  }
  return written;
}

int Finish(const Env& env, const PipelineOptions& options, const LoadedProject& loaded, const DiagnosticSink& sink) {
  std::vector<Diagnostic> diagnostics = sink.Sorted();
  if (options.diagnostics_format == DiagnosticsFormat::Json) {
    PrintDiagnosticsJson(diagnostics, env.out);
  } else if (options.diagnostics_format == DiagnosticsFormat::Sarif) {
    PrintDiagnosticsSarif(diagnostics, env.out);
  } else {
    PrintDiagnosticsText(diagnostics, [&](const std::string& path) { return loaded.Source(path); }, env.err);
    if (!options.quiet || !diagnostics.empty()) env.err << SummaryLine(sink.ErrorCount(), sink.WarningCount()) << "\n";
  }
  if (sink.HasIoFailure()) return kExitUsage;
  return sink.ErrorCount() > 0 ? kExitProjectErrors : kExitClean;
}

}  // namespace charterc
