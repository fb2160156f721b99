// charterc xliff extract --lang <tag> and charterc po export --lang <tag>:
// write locales/<tag>/<doc>.xlf or .po for every source document, keeping
// what a translator already wrote.

#include "driver/commands.h"

#include <functional>

#include <pugixml.hpp>

#include "diag/diagnostic_printer.h"
#include "i18n/locale_info.h"
#include "project/lexicon_loader.h"
#include "translation/po_file.h"
#include "translation/po_writer.h"
#include "translation/unit.h"
#include "translation/xliff_writer.h"

namespace charterc {

namespace {

// Whether a lexicon reads units in `lang`: the project's (loaded for every
// language it has documents or translations in) or a built-in one, for a
// language exported for the first time. The notes to the translator say
// what is checked accordingly.
bool UnitsReadable(const Project& project, const std::string& lang) {
  if (project.lexicons.count(lang)) return true;
  icu::Locale locale;
  if (!ParseLanguageTag(lang, &locale)) return false;
  return BuiltInLexicon(CanonicalLanguageTag(locale)).has_value() || BuiltInLexicon(locale.getLanguage()).has_value();
}

struct ExportFormat {
  const char* extension;  // ".xlf"
  const char* name;       // "XLIFF", for messages
  // Whether the file's current text can be read, so its translations are kept.
  std::function<bool(const std::string& existing)> readable;
  std::function<std::string(const Document& doc, const Project& project, const std::string& lang,
                            const std::string& existing)>
      write;
};

int RunExport(Env& env, const PipelineOptions& options, const std::string& lang_tag, const ExportFormat& format) {
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
    if (sink.HasIntegrityErrorsIn(doc.path)) continue;  // its units may be wrong; the errors are printed below
    std::string relative = "locales/" + lang + "/" + doc.name + format.extension;
    std::string path = JoinPath(options.project_dir, relative);
    std::string existing, error;
    if (env.fs.IsFile(path) && !env.fs.ReadFile(path, &existing, &error)) {
      env.err << "charterc: error: cannot read " << relative << ": " << error << "\n";
      return kExitUsage;
    }
    // A file that cannot be read would lose its translations if rewritten.
    if (!existing.empty() && !format.readable(existing)) {
      env.err << "charterc: error: " << relative << " cannot be read as " << format.name
              << ", so its translations cannot be kept; repair it (charterc check shows where) or restore it from "
                 "version control, then export again\n";
      return kExitUsage;
    }
    if (!env.fs.WriteFileAtomic(path, format.write(doc, project, lang, existing), &error)) {
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
  if (files == 0 && !options.quiet) env.err << "no documents to export\n";
  return sink.ErrorCount() > 0 ? kExitProjectErrors : kExitClean;
}

}  // namespace

int RunXliffExtract(Env& env, const PipelineOptions& options, const std::string& lang) {
  ExportFormat xliff{".xlf", "XML",
                     [](const std::string& existing) {
                       pugi::xml_document parsed;
                       return static_cast<bool>(parsed.load_buffer(existing.data(), existing.size()));
                     },
                     [](const Document& doc, const Project& project, const std::string& target,
                        const std::string& existing) {
                       return WriteXliff(doc, project.config.source_lang, target, existing,
                                         UnitsReadable(project, doc.meta.lang) &&
                                             UnitsReadable(project, target));
                     }};
  return RunExport(env, options, lang, xliff);
}

int RunPoExport(Env& env, const PipelineOptions& options, const std::string& lang) {
  ExportFormat po{".po", "a PO file",
                  [](const std::string& existing) {
                    std::vector<PoProblem> problems;
                    return ReadPoText(existing, &problems).has_value();
                  },
                  [](const Document& doc, const Project& project, const std::string& target, const std::string& existing) {
                    return WritePo(doc, target, existing,
                                   UnitsReadable(project, doc.meta.lang) && UnitsReadable(project, target));
                  }};
  return RunExport(env, options, lang, po);
}

}  // namespace charterc
