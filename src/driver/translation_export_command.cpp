// charterc xliff extract --lang <tag>, charterc po export --lang <tag> and
// charterc translations convert --lang <tag> --to po|xliff: write
// locales/<tag>/<doc>.xlf or .po for every source document, carrying every
// translation the language already has, in whichever file it is.
//
// No translation is lost on the way: a file is not rewritten (without
// --force) while a translation of the same document and language cannot be
// carried into it: a file that has errors (some of its units may not have
// been read), two files that disagree (E1009), or translations the new
// file has no place for (XLIFF keeps no translation of a unit the source no
// longer has; PO keeps them as obsolete entries).

#include "driver/commands.h"

#include <algorithm>
#include <set>

#include <pugixml.hpp>

#include "diag/diagnostic_printer.h"
#include "i18n/language_tag.h"
#include "i18n/locale_info.h"
#include "project/lexicon_loader.h"
#include "translation/po_file.h"
#include "translation/po_writer.h"
#include "translation/unit.h"
#include "translation/xliff_matches.h"
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

enum class Format { Xliff, Po };

const char* Extension(Format format) { return format == Format::Xliff ? ".xlf" : ".po"; }

struct ExportRequest {
  std::string lang;  // canonical
  Format format = Format::Xliff;
  bool force = false;
  bool convert = false;  // remove the other format's file once the new one is written
};

bool Readable(Format format, const std::string& text) {
  if (format == Format::Xliff) {
    // XLIFF 2 only: an XLIFF 1.2 file parses as XML but its translations
    // cannot be read, so rewriting it would lose them.
    pugi::xml_document parsed;
    if (!parsed.load_buffer(text.data(), text.size())) return false;
    pugi::xml_node root = parsed.child("xliff");
    return root && std::string(root.attribute("version").value()).rfind("2.", 0) == 0;
  }
  std::vector<PoProblem> problems;
  return ReadPoText(text, &problems).has_value();
}

// Unit ids translated in `text` (a file in `format`) that `doc` no longer has.
std::set<std::string> GoneUnits(Format format, const std::string& text, const Document& doc) {
  std::set<std::string> translated;
  if (format == Format::Xliff) {
    pugi::xml_document xml;
    xml.load_buffer(text.data(), text.size());
    for (pugi::xml_node unit : xml.child("xliff").child("file").children("unit")) {
      pugi::xml_node target = unit.child("segment").child("target");
      if ((target && target.first_child()) || PreviousTranslation(unit)) translated.insert(unit.attribute("id").value());
    }
  } else {
    std::vector<PoProblem> problems;
    if (std::optional<PoCatalog> catalog = ReadPoText(text, &problems)) {
      for (const PoMessage& message : catalog->messages) {
        if (!message.str.empty()) translated.insert(message.context);
      }
    }
  }
  for (const std::string& id : UnitIds(doc)) translated.erase(id);
  return translated;
}

std::string Join(const std::set<std::string>& ids) {
  std::string joined;
  for (const std::string& id : ids) joined += (joined.empty() ? "'" : ", '") + id + "'";
  return joined;
}

// Why the language's translations of `doc` cannot all be carried into
// `relative`; empty when they can.
std::string CarryProblem(const std::vector<std::string>& paths, const std::string& target, const std::string& relative,
                         const DiagnosticSink& sink) {
  const std::vector<Diagnostic> diagnostics = sink.Sorted();
  for (const std::string& path : paths) {
    if (path.empty()) continue;  // no file converted from
    for (const Diagnostic& diagnostic : diagnostics) {
      if (diagnostic.location.file == path && diagnostic.code == DiagCode::E1009) {
        return "the translation files of this document disagree (E1009, shown below), so charterc cannot tell which "
               "translation to write into " + relative;
      }
    }
    if (path != target && sink.HasIntegrityErrorsIn(path)) {
      return path + " has errors (shown below), so its translations cannot all be carried into " + relative;
    }
  }
  return {};
}

// Translation files of `doc` in `lang` as the loader read them, plus the
// export's own target and, when converting, the file converted from.
std::vector<std::string> TranslationPaths(const Translation* translation, const std::vector<std::string>& files) {
  std::vector<std::string> paths = files;
  if (translation != nullptr) {
    paths.push_back(translation->path);
    paths.insert(paths.end(), translation->merged_paths.begin(), translation->merged_paths.end());
  }
  return paths;
}

struct DocumentExport {
  std::string relative, path;              // the file written
  std::string old_relative, old_path;      // converting: the file it replaces
};

// Writes one document's file; an exit code on failure, nothing on success.
std::optional<int> ExportDocument(Env& env, const LoadedProject& loaded, const Document& doc,
                                  const ExportRequest& request, const DocumentExport& files,
                                  const DiagnosticSink& sink) {
  std::string existing, error;
  if (env.fs.IsFile(files.path) && !env.fs.ReadFile(files.path, &existing, &error)) {
    env.err << "charterc: error: cannot read " << files.relative << ": " << error << "\n";
    return kExitUsage;
  }
  // A file that cannot be read would lose its translations if rewritten.
  if (!existing.empty() && !Readable(request.format, existing)) {
    env.err << "charterc: error: " << files.relative << " cannot be read as "
            << (request.format == Format::Xliff ? "XLIFF 2" : "a PO file")
            << ", so its translations cannot be kept; repair it (charterc check shows where) or restore it from "
               "version control, then export again\n";
    return kExitUsage;
  }
  const Translation* translation = loaded.project.FindTranslation(doc.name, request.lang);
  std::string problem =
      CarryProblem(TranslationPaths(translation, {files.path, files.old_path}), files.path, files.relative, sink);
  std::set<std::string> gone;
  if (request.format == Format::Xliff) {
    gone = GoneUnits(Format::Xliff, existing, doc);
    if (!files.old_path.empty()) {
      std::string old_text;
      if (env.fs.ReadFile(files.old_path, &old_text, &error)) {
        std::set<std::string> old_gone = GoneUnits(Format::Po, old_text, doc);
        gone.insert(old_gone.begin(), old_gone.end());
      }
    }
  }
  if (problem.empty() && !gone.empty()) {
    problem = files.relative + " would lose the translations of " + Join(gone) +
              ", units the source no longer has (XLIFF keeps no obsolete units); copy what you need into other units";
  }
  if (!problem.empty() && !request.force) {
    env.err << "charterc: error: not writing " << files.relative << ": " << problem
            << "; run again with --force to write it anyway\n";
    return kExitProjectErrors;
  }
  const bool units_compared =
      UnitsReadable(loaded.project, doc.meta.lang) && UnitsReadable(loaded.project, request.lang);
  std::string text = request.format == Format::Xliff
                         ? WriteXliff(doc, loaded.project.config.source_lang, request.lang, existing, translation,
                                      units_compared)
                         : WritePo(doc, request.lang, existing, translation, units_compared);
  if (!env.fs.WriteFileAtomic(files.path, text, &error)) {
    env.err << "charterc: error: cannot write " << files.relative << ": " << error << "\n";
    return kExitUsage;
  }
  return std::nullopt;
}

int Finish(Env& env, const LoadedProject& loaded, const DiagnosticSink& sink, int files, bool quiet, bool color) {
  std::vector<Diagnostic> diagnostics = sink.Sorted();
  PrintDiagnosticsText(diagnostics, [&](const std::string& path) { return loaded.Source(path); }, env.err, color,
                       env.err_columns);
  if (!diagnostics.empty()) env.err << SummaryLine(sink.ErrorCount(), sink.WarningCount()) << "\n";
  if (files == 0 && !quiet) env.err << "no documents to export\n";
  return sink.ErrorCount() > 0 ? kExitProjectErrors : kExitClean;
}

// `german` is refused with "did you mean de?": a folder named after it
// would publish pages no browser matches.
std::optional<std::string> CanonicalLang(Env& env, const std::string& tag) {
  LanguageTagCheck check = CheckLanguageTag(tag);
  if (!check.known) {
    env.err << "charterc: error: '" << tag << "' is not a language tag; " << LanguageTagHint(check) << "\n";
    return std::nullopt;
  }
  return check.canonical;
}

DocumentExport FilesOf(const PipelineOptions& options, const Document& doc, const ExportRequest& request) {
  DocumentExport files;
  files.relative = "locales/" + request.lang + "/" + doc.name + Extension(request.format);
  files.path = JoinPath(options.project_dir, files.relative);
  if (request.convert) {
    Format from = request.format == Format::Xliff ? Format::Po : Format::Xliff;
    files.old_relative = "locales/" + request.lang + "/" + doc.name + Extension(from);
    files.old_path = JoinPath(options.project_dir, files.old_relative);
  }
  return files;
}

// Converting: once the new file is safely written, the old one goes, so
// one file per document and language remains.
std::optional<int> RemoveConverted(Env& env, const DocumentExport& files, bool quiet) {
  std::string error;
  if (!env.fs.RemoveFile(files.old_path, &error)) {
    env.err << "charterc: error: wrote " << files.relative << " but cannot remove " << files.old_relative << ": "
            << error << "; delete it yourself (the two files agree)\n";
    return kExitUsage;
  }
  if (!quiet) env.err << "removed " << files.old_relative << " (its translations are in " << files.relative << ")\n";
  return std::nullopt;
}

int RunExport(Env& env, const PipelineOptions& options, const std::string& lang_tag, ExportRequest request) {
  std::optional<std::string> lang = CanonicalLang(env, lang_tag);
  if (!lang) return kExitUsage;
  request.lang = *lang;
  DiagnosticSink sink;
  LoadedProject loaded = LoadProject(env.fs, options.project_dir, sink);
  const Project& project = loaded.project;
  if (request.lang == project.config.source_lang) {
    env.err << "charterc: error: " << request.lang
            << " is the source language; choose the language to translate into\n";
    return kExitUsage;
  }
  int files = 0;
  for (const Document& doc : project.documents) {
    if (doc.meta.lang != project.config.source_lang) continue;  // only source-language documents are translated
    if (sink.HasIntegrityErrorsIn(doc.path)) continue;  // its units may be wrong; the errors are printed below
    DocumentExport paths = FilesOf(options, doc, request);
    if (request.convert && !env.fs.IsFile(paths.old_path)) continue;  // nothing to convert
    if (std::optional<int> failed = ExportDocument(env, loaded, doc, request, paths, sink)) {
      Finish(env, loaded, sink, 1, true, options.color);
      return *failed;
    }
    ++files;
    if (!options.quiet) {
      env.err << "wrote " << paths.relative << " (" << SegmentDocument(doc).size() << " units)\n";
    }
    if (request.convert) {
      if (std::optional<int> failed = RemoveConverted(env, paths, options.quiet)) return *failed;
    }
  }
  return Finish(env, loaded, sink, files, options.quiet, options.color);
}

}  // namespace

int RunXliffExtract(Env& env, const PipelineOptions& options, const std::string& lang, bool force) {
  return RunExport(env, options, lang, ExportRequest{"", Format::Xliff, force, false});
}

int RunPoExport(Env& env, const PipelineOptions& options, const std::string& lang, bool force) {
  return RunExport(env, options, lang, ExportRequest{"", Format::Po, force, false});
}

int RunTranslationsConvert(Env& env, const PipelineOptions& options, const std::string& lang, const std::string& to,
                           bool force) {
  Format format = to == "po" ? Format::Po : Format::Xliff;
  return RunExport(env, options, lang, ExportRequest{"", format, force, true});
}

}  // namespace charterc
