// charterc xliff extract --lang <tag>: writes locales/<tag>/<doc>.xlf for
// every source document, keeping the targets a translator already wrote.

#include "driver/commands.h"

#include <pugixml.hpp>

#include "diag/diagnostic_printer.h"
#include "i18n/locale_info.h"
#include "translation/unit.h"
#include "translation/xliff_writer.h"

namespace charterc {

int RunXliffExtract(Env& env, const PipelineOptions& options, const std::string& lang_tag) {
  icu::Locale locale;
  if (!ParseLanguageTag(lang_tag, &locale)) {
    env.err << "charterc: error: '" << lang_tag << "' is not a language tag (e.g. fr, cy, zh-Hans)\n";
    return kExitUsage;
  }
  std::string lang = CanonicalLanguageTag(locale);
  DiagnosticSink sink;
  LoadedProject loaded = LoadProject(env.fs, options.project_dir, sink);
  const Project& project = loaded.project;
  if (lang == project.config.source_lang) {
    env.err << "charterc: error: " << lang << " is the source language; choose the language to translate into\n";
    return kExitUsage;
  }
  int files = 0;
  for (const Document& doc : project.documents) {
    if (doc.meta.lang != project.config.source_lang) continue;  // only source-language documents are translated
    if (sink.HasErrorsIn(doc.path)) continue;  // its units may be wrong; the errors are printed below
    std::string relative = "locales/" + lang + "/" + doc.name + ".xlf";
    std::string path = JoinPath(options.project_dir, relative);
    std::string existing, error;
    if (env.fs.IsFile(path) && !env.fs.ReadFile(path, &existing, &error)) {
      env.err << "charterc: error: cannot read " << relative << ": " << error << "\n";
      return kExitUsage;
    }
    // A file that is not well-formed would lose its targets if rewritten.
    pugi::xml_document parsed;
    if (!existing.empty() && !parsed.load_buffer(existing.data(), existing.size())) {
      env.err << "charterc: error: " << relative
              << " is not well-formed XML, so its translations cannot be kept; repair it (charterc check shows "
                 "where) or restore it from version control, then extract again\n";
      return kExitUsage;
    }
    std::string xliff = WriteXliff(doc, project.config.source_lang, lang, existing);
    if (!env.fs.WriteFileAtomic(path, xliff, &error)) {
      env.err << "charterc: error: cannot write " << relative << ": " << error << "\n";
      return kExitUsage;
    }
    ++files;
    if (!options.quiet) {
      env.err << "wrote " << relative << " (" << SegmentDocument(doc).size() << " units)\n";
    }
  }
  std::vector<Diagnostic> diagnostics = sink.Sorted();
  PrintDiagnosticsText(diagnostics, [&](const std::string& path) { return loaded.Source(path); }, env.err);
  if (!diagnostics.empty()) env.err << SummaryLine(sink.ErrorCount(), sink.WarningCount()) << "\n";
  if (files == 0 && !options.quiet) env.err << "no documents to extract\n";
  return sink.ErrorCount() > 0 ? kExitProjectErrors : kExitClean;
}

}  // namespace charterc
