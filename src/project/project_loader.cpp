#include "project/project_loader.h"

#include <algorithm>
#include <set>

#include "analysis/reading_cache.h"
#include "base/content_hash.h"
#include "i18n/language_tag.h"
#include "i18n/locale_info.h"
#include "i18n/locale_match.h"
#include "markdown/front_matter.h"
#include "markdown/markdown_parser.h"
#include "markdown/meta_inlines.h"
#include "model/implicit_commitments.h"
#include "model/document_index.h"
#include "output/output_layout.h"
#include "project/config_loader.h"
#include "project/facts_loader.h"
#include "project/framework_loader.h"
#include "project/image_loader.h"
#include "project/input_guard.h"
#include "project/lexicon_loader.h"
#include "project/results_csv.h"
#include "project/ui_strings_checker.h"
#include "translation/markdown_translation.h"
#include "translation/po_reader.h"
#include "translation/translation_merge.h"
#include "translation/xliff_reader.h"

namespace charterc {

namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Whether something (a file, a link, a FIFO) is at `path`: what is there
// is then admitted or refused with a diagnostic, never silently skipped.
bool Present(const FileSystem& fs, const std::string& path) {
  EntryKind kind = fs.Examine(path).kind;
  return kind != EntryKind::Missing && kind != EntryKind::Directory;
}

// NEL, LS, PS, VT and FF end lines for charterc (so a block before one is
// read as ending its line) but not in most editors, whose line numbers then
// differ from the diagnostics': one warning per file says so.
void ReportUnusualLineEnds(const SourceFile& source, DiagnosticSink& sink) {
  const SourceFile::UnusualLineEnds& unusual = source.unusual_line_ends();
  if (unusual.count == 0) return;
  static constexpr std::pair<char32_t, const char*> kNames[] = {
      {0x85, "NEL (U+0085)"}, {0x2028, "LS (U+2028)"}, {0x2029, "PS (U+2029)"}, {0x0B, "VT (U+000B)"},
      {0x0C, "FF (U+000C)"}};
  std::string name;
  for (const auto& [code_point, written] : kNames) {
    if (code_point == unusual.first) name = written;
  }
  int line = unusual.first_line;
  std::string more = unusual.count > 1 ? " (" + std::to_string(unusual.count) + " such line ends in this file)" : "";
  sink.Report(DiagCode::W1503, source.LocationOf(source.LineStart(line) + source.Line(line).size()),
              "line " + std::to_string(line) + " ends with " + name + ", which charterc reads as a line end" + more +
                  "; editors that do not may number the lines differently",
              "save the file with ordinary line ends (LF or CRLF); text pasted from a word processor brings VT "
              "(a manual line break) and FF (a page break)");
}

// Reads and UTF-8-checks one file; null (with a diagnostic) on failure.
// A file outside the project, a FIFO or device, or one too large is
// refused before it is opened (project/input_guard.h).
const SourceFile* ReadSource(const FileSystem& fs, const std::string& path, LoadedProject* loaded,
                             DiagnosticSink& sink) {
  if (!AdmitInput(fs, loaded->project.root, path, sink)) return nullptr;
  std::string text, error;
  if (!fs.ReadFile(path, &text, &error)) {
    sink.Report(DiagCode::E0101, SourceLocation{path, 0, 0, 0}, "cannot read file: " + error,
                "check that the file exists and is readable");
    return nullptr;
  }
  auto source = std::make_unique<SourceFile>(path, std::move(text));
  if (std::optional<size_t> bad = source->FirstInvalidUtf8()) {
    sink.Report(DiagCode::E0102, source->LocationOf(*bad, 1), "file is not valid UTF-8",
                "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)");
    loaded->sources[path] = std::move(source);
    return nullptr;
  }
  ReportUnusualLineEnds(*source, sink);
  const SourceFile* result = source.get();
  loaded->sources[path] = std::move(source);
  return result;
}

Document ParseDocument(const SourceFile& source, const std::string& name, const ProjectConfig& config,
                       DiagnosticSink& sink, FrontMatterRole role = FrontMatterRole::Source) {
  Document doc;
  doc.name = name;
  doc.path = source.path();
  doc.meta.lang = config.source_lang;  // unless the front matter says otherwise
  FrontMatterSplit split = SplitFrontMatter(source);
  ParseFrontMatter(source, split, &doc.meta, sink, role);
  ParseMetaInlines(source, &doc.meta, sink);
  ParseMarkdownBody(source, split, &doc, sink);
  IndexDocument(source, &doc, sink);
  return doc;
}

bool HasMarkdown(const std::vector<std::string>& files) {
  return std::any_of(files.begin(), files.end(), [](const std::string& file) { return EndsWith(file, ".md"); });
}

// A folder or file named for a language that does not exist: reported,
// and its translations are not read (they would publish out/german/).
void ReportUnknownLanguage(const std::string& path, const std::string& tag, const LanguageTagCheck& check,
                           DiagnosticSink& sink) {
  sink.Report(DiagCode::E1016, SourceLocation{path, 0, 0, 0}, "'" + tag + "' is not a language tag",
              LanguageTagHint(check) + " (rename it to the language's BCP 47 tag)");
}

// A Markdown translation read but not yet matched to its source: blocks are
// matched once the source's implicit commitments are found (their ids are
// the ones the edition's blocks take).
struct PendingEdition {
  size_t translation;  // index in Project::translations
  Document parsed;
};

// Source documents, then their Markdown translations (<doc>.<lang>.md),
// which are matched to the sources they translate by MatchEditions.
void LoadDocuments(const FileSystem& fs, const std::string& charters, LoadedProject* loaded,
                   std::vector<PendingEdition>* pending, ImageLoader& images, DiagnosticSink& sink) {
  std::vector<std::string> files = fs.ListFiles(charters);
  std::vector<std::string> stems;
  for (const std::string& file : files) {
    if (EndsWith(file, ".md")) stems.push_back(file.substr(0, file.size() - 3));
  }
  std::vector<std::pair<std::string, EditionName>> editions;
  for (const std::string& file : files) {
    if (!EndsWith(file, ".md")) continue;
    if (std::optional<EditionName> edition = ParseEditionFileName(file, stems)) {
      editions.emplace_back(file, *edition);
      continue;
    }
    std::string name = file.substr(0, file.size() - 3);
    if (OutputLayout::IsReservedName(name)) {
      // Its page would silently take the place of a page charterc makes.
      sink.Report(DiagCode::E0104, SourceLocation{JoinPath(charters, file), 0, 0, 0},
                  "'" + name + "' is the name of a page charterc makes for every language",
                  "rename the file, e.g. to " + name + "-policy.md, and update the links to it");
      continue;
    }
    const SourceFile* source = ReadSource(fs, JoinPath(charters, file), loaded, sink);
    if (source == nullptr) continue;
    loaded->project.documents.push_back(ParseDocument(*source, name, loaded->project.config, sink));
    images.Load(loaded->project.documents.back());
  }
  for (const auto& [file, edition] : editions) {
    LanguageTagCheck check = CheckLanguageTag(edition.lang);
    if (!check.known) {
      ReportUnknownLanguage(JoinPath(charters, file), edition.lang, check, sink);
      continue;
    }
    const Document* original = loaded->project.FindDocument(edition.document);
    const SourceFile* source = ReadSource(fs, JoinPath(charters, file), loaded, sink);
    if (original == nullptr || source == nullptr) continue;
    Document parsed =
        ParseDocument(*source, edition.document, loaded->project.config, sink, FrontMatterRole::Translation);
    parsed.meta.lang = edition.lang;  // the file name says which language it is
    images.Load(parsed);
    Translation placeholder;
    placeholder.document = original->name;
    placeholder.lang = parsed.meta.lang;
    placeholder.path = parsed.path;
    placeholder.format = TranslationFormat::Markdown;
    pending->push_back({loaded->project.translations.size(), std::move(parsed)});
    loaded->project.translations.push_back(std::move(placeholder));
  }
}


// Every unit two files translate differently is an error naming both
// files (the edition is then not published).
void ReportConflicts(const std::vector<TranslationConflict>& conflicts, DiagnosticSink& sink) {
  for (const TranslationConflict& conflict : conflicts) {
    sink.Report(DiagCode::E1009, conflict.second,
                "unit '" + conflict.id + "' is translated differently here and in " + conflict.first.file + ":" +
                    std::to_string(conflict.first.line) + "; charterc cannot tell which one is meant",
                "make the two translations the same, or delete the unit's translation from the file you no longer "
                "use ('charterc translations convert' moves a language to one file)");
  }
}

// One translation per document and language: a second file is merged into
// the first.
void AddTranslation(Translation translation, Project& project, DiagnosticSink& sink) {
  Translation* first = project.FindTranslation(translation.document, translation.lang);
  if (first == nullptr) {
    project.translations.push_back(std::move(translation));
    return;
  }
  ReportConflicts(MergeTranslation(first, translation), sink);
}

// A Markdown edition is matched to its source once the source's implicit
// commitments are found. Until then it is a placeholder, into which the
// XLIFF and PO files of the same language were merged (AddTranslation):
// they are merged into the matched edition now, so none is lost.
void MatchEditions(std::vector<PendingEdition>& pending, LoadedProject* loaded, DiagnosticSink& sink,
                   ReadingCache* cache) {
  for (PendingEdition& edition : pending) {
    Translation& translation = loaded->project.translations[edition.translation];
    const Document* original = loaded->project.FindDocument(translation.document);
    Translation files = std::move(translation);
    translation = FromMarkdownEdition(edition.parsed, *original, loaded->project.facts, sink, cache);
    if (files.merged_paths.empty()) continue;
    ReportConflicts(MergeTranslation(&translation, files), sink);
    translation.merged_paths = files.merged_paths;  // not the placeholder's own path, which is the edition's
  }
}

// Translation files in locales/<lang>/: <doc>.xlf (XLIFF 2) or <doc>.po for
// each source document, merged with the Markdown edition and each other
// (see AddTranslation).
void LoadTranslationFiles(const FileSystem& fs, const std::string& root, LoadedProject* loaded,
                          DiagnosticSink& sink) {
  std::string locales = JoinPath(root, "locales");
  if (!fs.IsDirectory(locales)) return;
  XliffReadOptions xliff_options{loaded->project.config.xliff_min_state};
  for (const std::string& folder : fs.ListDirectories(locales)) {
    LanguageTagCheck check = CheckLanguageTag(folder);
    if (!check.known) {
      ReportUnknownLanguage(JoinPath(locales, folder), folder, check, sink);
      continue;
    }
    const std::string& lang = check.canonical;
    for (const Document& doc : loaded->project.documents) {
      for (const char* extension : {".xlf", ".po"}) {
        std::string path = JoinPath(locales, folder + "/" + doc.name + extension);
        if (!Present(fs, path)) continue;
        const SourceFile* source = ReadSource(fs, path, loaded, sink);
        if (source == nullptr) continue;
        std::optional<Translation> translation = std::string(extension) == ".xlf"
                                                     ? ReadXliff(*source, doc, lang, sink, xliff_options)
                                                     : ReadPo(*source, doc, lang, sink);
        if (translation && translation->format == TranslationFormat::Po && xliff_options.min_state == "reviewed") {
          // PO has no review state: where a review is required, no entry is known to have had one.
          for (TranslatedUnit& unit : translation->units) unit.unconfirmed = true;
        }
        if (translation) AddTranslation(std::move(*translation), loaded->project, sink);
      }
    }
  }
}

// Every language a lexicon is needed for: the documents' and the
// translations'.
std::set<std::string> DocumentLanguages(const Project& project) {
  std::set<std::string> langs;
  for (const Document& doc : project.documents) langs.insert(doc.meta.lang);
  for (const Translation& translation : project.translations) langs.insert(translation.lang);
  return langs;
}

// Built-in frameworks first; a project file with the same id replaces one.
void LoadFrameworks(const FileSystem& fs, const std::string& charters, LoadedProject* loaded, DiagnosticSink& sink) {
  loaded->project.frameworks = BuiltInFrameworks();
  std::string folder = JoinPath(charters, "frameworks");
  if (!fs.IsDirectory(folder)) return;
  for (const std::string& file : fs.ListFiles(folder)) {
    if (!EndsWith(file, ".yaml")) continue;
    const SourceFile* source = ReadSource(fs, JoinPath(folder, file), loaded, sink);
    if (source == nullptr) continue;
    if (std::optional<Framework> framework = ParseFramework(*source, sink)) {
      loaded->project.frameworks[framework->id] = std::move(*framework);
    }
  }
}

// A lexicon for every document language: the locale folder that serves it
// (ICU's LocaleMatcher: en-GB -> en), the project's own file before the
// built-in one.
void LoadLexicons(const FileSystem& fs, const std::string& root, LoadedProject* loaded, DiagnosticSink& sink) {
  // Each file is read once, so a broken one is reported once (en-GB and en
  // documents both fall back to locales/en/).
  std::map<std::string, std::optional<Lexicon>> by_file_lang;
  auto lexicon_of = [&](const std::string& candidate) -> const std::optional<Lexicon>& {
    auto it = by_file_lang.find(candidate);
    if (it != by_file_lang.end()) return it->second;
    std::string path = JoinPath(root, "locales/" + candidate + "/lexicon.yaml");
    std::optional<Lexicon> lexicon;
    uint64_t identity = 0;  // what it was read from: its file, or the built-in one's name
    if (Present(fs, path)) {
      if (const SourceFile* source = ReadSource(fs, path, loaded, sink)) {
        lexicon = ParseLexicon(*source, candidate, sink);
        identity = HashBuilder().Add("file").Add(candidate).Add(source->text()).Finish();
      }
    } else {
      lexicon = BuiltInLexicon(candidate);
      identity = HashBuilder().Add("built-in").Add(candidate).Finish();
    }
    if (lexicon) lexicon->identity = identity;
    return by_file_lang.emplace(candidate, std::move(lexicon)).first->second;
  };
  std::vector<std::string> available = AvailableLocales(fs, root, "lexicon.yaml");
  for (const std::string& lang : DocumentLanguages(loaded->project)) {
    if (loaded->project.lexicons.count(lang)) continue;
    std::optional<std::string> folder = MatchLocale(lang, available);
    if (!folder) continue;
    if (const std::optional<Lexicon>& lexicon = lexicon_of(*folder)) loaded->project.lexicons[lang] = *lexicon;
  }
}

// The project's own interface strings for every language the build uses
// (each document's language, its base language, and the source language).
void CheckProjectUiStrings(const FileSystem& fs, const std::string& root, LoadedProject* loaded,
                           DiagnosticSink& sink) {
  std::set<std::string> langs = {loaded->project.config.source_lang};
  for (const std::string& lang : DocumentLanguages(loaded->project)) {
    langs.insert(lang);
    icu::Locale locale;
    if (ParseLanguageTag(lang, &locale)) langs.insert(locale.getLanguage());
  }
  for (const std::string& lang : langs) {
    std::string path = JoinPath(root, "locales/" + lang + "/ui.yaml");
    if (!Present(fs, path)) continue;
    if (const SourceFile* source = ReadSource(fs, path, loaded, sink)) CheckUiStrings(*source, lang, sink);
  }
}

// Finds the promises of a document written without markup (in its
// language's words) and keeps every commitment's source lines.
void FindCommitments(Document* doc, const LoadedProject& loaded, ReadingCache* cache) {
  auto lexicon = loaded.project.lexicons.find(doc->meta.lang);
  if (lexicon != loaded.project.lexicons.end()) {
    icu::Locale locale;
    ParseLanguageTag(doc->meta.lang, &locale);
    FindImplicitCommitments(doc, lexicon->second, [&](const std::string& text) {
      TargetReading reading = CachedReadTarget(cache, text, lexicon->second, locale, loaded.project.facts);
      return !reading.quantities.empty() || !reading.frequency.empty();
    });
  }
  const SourceFile* source = loaded.Source(doc->path);
  if (source == nullptr) return;
  for (Commitment& commitment : doc->commitments) {
    for (int line = commitment.location.line; line > 0 && line <= std::max(commitment.last_line, commitment.location.line);
         ++line) {
      commitment.source_lines.emplace_back(source->Line(line));
    }
  }
}

// data/*.csv: measured results to publish against the targets.
void LoadResultsFiles(const FileSystem& fs, const std::string& root, LoadedProject* loaded, DiagnosticSink& sink) {
  std::string folder = JoinPath(root, "data");
  if (!fs.IsDirectory(folder)) return;
  std::vector<std::string> files = fs.ListFiles(folder);
  std::sort(files.begin(), files.end());
  for (const std::string& file : files) {
    if (!EndsWith(file, ".csv")) continue;
    const SourceFile* source = ReadSource(fs, JoinPath(folder, file), loaded, sink);
    if (source == nullptr) continue;
    // A file that cannot be used at all is kept without rows: it is still an
    // input of the "How we did" pages alone, so editing it remakes only them.
    std::optional<ResultsFile> results = ReadResultsCsv(*source, sink);
    loaded->project.results_files.push_back(results ? std::move(*results) : ResultsFile{source->path(), {}});
  }
}

}  // namespace

const SourceFile* LoadedProject::Source(const std::string& path) const {
  auto it = sources.find(path);
  return it == sources.end() ? nullptr : it->second.get();
}

LoadedProject LoadProject(const FileSystem& fs, const std::string& root, DiagnosticSink& sink, ReadingCache* cache) {
  LoadedProject loaded;
  loaded.project.root = root;
  std::string config_path = JoinPath(root, "charterc.yaml");
  if (Present(fs, config_path)) {
    if (const SourceFile* source = ReadSource(fs, config_path, &loaded, sink)) {
      loaded.project.config = LoadConfig(*source, sink);
    }
  }
  std::string charters = JoinPath(root, "charters");
  std::string facts_path = JoinPath(charters, "facts.yaml");
  if (Present(fs, facts_path)) {
    if (const SourceFile* source = ReadSource(fs, facts_path, &loaded, sink)) {
      loaded.project.facts = LoadFacts(*source, sink);
    }
  }
  LoadFrameworks(fs, charters, &loaded, sink);
  std::vector<PendingEdition> editions;
  ImageLoader images(fs, root, &loaded.project, sink);
  LoadDocuments(fs, charters, &loaded, &editions, images, sink);
  LoadTranslationFiles(fs, root, &loaded, sink);
  CheckProjectUiStrings(fs, root, &loaded, sink);
  LoadLexicons(fs, root, &loaded, sink);
  for (Document& doc : loaded.project.documents) {
    FindCommitments(&doc, loaded, cache);
  }
  MatchEditions(editions, &loaded, sink, cache);
  LoadResultsFiles(fs, root, &loaded, sink);
  if (!fs.IsDirectory(charters) || !HasMarkdown(fs.ListFiles(charters))) {
    sink.Report(DiagCode::E0103, SourceLocation{charters, 0, 0, 0}, "no Markdown documents found",
                "put documents in " + charters + "/, e.g. charter.md, or run 'charterc init' to start a project");
  }
  return loaded;
}

}  // namespace charterc
