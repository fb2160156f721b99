#include "driver/site_writer.h"

#include <algorithm>
#include <list>
#include <map>
#include <set>
#include <vector>

#include "base/file_system.h"
#include "i18n/locale_info.h"
#include "i18n/locale_match.h"
#include "render/bilingual_page.h"
#include "render/criterion_links.h"
#include "render/epub_edition.h"
#include "render/html_page.h"
#include "render/plain_text.h"
#include "render/publication_moment.h"
#include "render/traceability_page.h"
#include "project/language_settings.h"
#include "translation/edition_builder.h"

namespace charterc {

namespace {

// out/<lang>/documents.epub: every document of a language in one book.
constexpr const char* kCollectionName = "documents";

class SiteWriter {
 public:
  SiteWriter(Env& env, const SiteOptions& options, const Project& project, const Analysis& analysis,
             const std::set<std::string>& with_errors, const std::function<Publication(const Document&)>& publication,
             DiagnosticSink& sink, OutputWriter& writer)
      : env_(env), options_(options), project_(project), analysis_(analysis), with_errors_(with_errors),
        publication_(publication), writer_(writer),
        theme_(LoadTheme(env.fs, options.project_dir)), pdf_(options.pdf, theme_, sink, writer) {}

  int Run() {
    const int documents = CountDocuments();
    std::string unused_message;
    size_t unused_offset = 0;
    if (!CheckPageTemplate(theme_, &unused_message, &unused_offset)) return 0;  // LoadAndCheck reported it
    BuildEditions();
    if (options_.progress != nullptr) options_.progress->Start(documents + static_cast<int>(editions_.size()));
    for (const Document& doc : project_.documents) {
      if (!Broken(doc.path)) WriteDocument(doc);
      else if (publication_(doc) == Publication::LastGood) KeepInIndex(doc);
    }
    for (const Document& edition : editions_) WriteDocument(edition);
    for (const auto& [lang, documents] : in_books_) {
      WriteEpub(lang + "/" + kCollectionName + ".epub", lang, documents, project_.config.title, "", "",
                kept_chapters_[lang]);
    }
    if (!options_.html) return documents;
    if (options_.bilingual.size() == 2) {
      for (const Document& doc : project_.documents) {
        if (!Broken(doc.path)) WriteBilingual(doc);
      }
    }
    for (const auto& [lang, documents] : published_) WriteTraceability(lang, documents);
    if (options_.evidence_pack) WriteEvidencePack();
    writer_.Write("charterc.css", theme_.stylesheet);
    std::string html, error;
    if (RenderIndexPage(project_, Strings(project_.config.source_lang), theme_, index_, traceability_langs_, &html,
                        &error)) {
      writer_.Write("index.html", html);
    }
    return documents;
  }

 private:
  // Files with errors before writing are not published.
  bool Broken(const std::string& path) const { return with_errors_.count(path) > 0; }

  // Documents, not pages: editions in other languages are not counted.
  int CountDocuments() const {
    return static_cast<int>(std::count_if(project_.documents.begin(), project_.documents.end(),
                                          [&](const Document& doc) { return !Broken(doc.path); }));
  }

  const UiStrings& Strings(const std::string& lang) {
    auto it = strings_.find(lang);
    if (it != strings_.end()) return it->second;
    UiStrings strings = UiStrings::Load(env_.fs, options_.project_dir, lang);
    // Facts, dates, list numbers and page numbers all follow this one choice.
    strings.UseNumberingSystem(NumberingSystemFor(project_.config, lang));
    return strings_.emplace(lang, std::move(strings)).first->second;
  }

  // The localise stage: an edition per translation of a published source,
  // unless the translation itself has errors.
  void BuildEditions() {
    for (const Translation& translation : project_.translations) {
      const Document* source = project_.FindDocument(translation.document);
      if (source == nullptr || Broken(source->path) || Broken(translation.path)) continue;
      if (options_.withheld_langs.count(translation.lang)) continue;  // checked, not published (N1015)
      // A file merged into the translation (translation/translation_merge.h) with an error stops it too.
      if (std::any_of(translation.merged_paths.begin(), translation.merged_paths.end(),
                      [&](const std::string& path) { return Broken(path); })) {
        continue;
      }
      editions_.push_back(BuildEdition(analysis_, *source, translation));
    }
    for (const Document& edition : editions_) languages_[edition.name].push_back(edition.meta.lang);
  }

  // The document in every language it is published in, the source first.
  std::vector<EditionLink> EditionsOf(const Document& doc) {
    std::vector<EditionLink> links;
    const Document* source = project_.FindDocument(doc.name);
    if (source == nullptr) return links;
    links.push_back({source->meta.lang, source->meta.lang + "/" + doc.name + ".html"});
    for (const std::string& lang : languages_[doc.name]) links.push_back({lang, lang + "/" + doc.name + ".html"});
    return links;
  }

  // The page in a language, if it was written: the source or an edition.
  const Document* Published(const std::string& name, const std::string& wanted) {
    std::vector<const Document*> candidates;
    for (const IndexEntry& entry : index_) {
      if (entry.document->name == name) candidates.push_back(entry.document);
    }
    std::vector<std::string> langs;
    for (const Document* doc : candidates) langs.push_back(doc->meta.lang);
    std::optional<std::string> match = MatchLocale(wanted, langs);
    for (const Document* doc : candidates) {
      if (match && doc->meta.lang == *match) return doc;
    }
    return nullptr;
  }

  // out/bilingual-<a>-<b>/<doc>.html, for documents published in both.
  void WriteBilingual(const Document& source) {
    const Document* first = Published(source.name, options_.bilingual[0]);
    const Document* second = Published(source.name, options_.bilingual[1]);
    if (first == nullptr || second == nullptr || first == second) return;
    RenderContext first_context{project_, *first, Strings(first->meta.lang)};
    RenderContext second_context{project_, *second, Strings(second->meta.lang)};
    std::string html, error;
    if (!RenderBilingualPage(first_context, second_context, theme_, &html, &error)) return;
    writer_.Write(BilingualPath(first->meta.lang, second->meta.lang, source.name), html);
  }

  void WriteDocument(const Document& doc) {
    RenderContext context{project_, doc, Strings(doc.meta.lang), EditionsOf(doc)};
    std::string stem = doc.meta.lang + "/" + doc.name;
    ProgressJob job(options_.progress, stem);
    if (options_.text) writer_.Write(stem + ".txt", RenderPlainText(context));
    pdf_.Write(context, stem);
    if (options_.epub) {
      WriteEpub(stem + ".epub", doc.meta.lang, {&doc}, doc.meta.title, doc.meta.owner, doc.meta.summary);
      in_books_[doc.meta.lang].push_back(&doc);
    }
    if (!options_.html) return;
    std::string html, error;
    if (!RenderDocumentPage(context, theme_, &html, &error)) return;
    if (!writer_.Write(stem + ".html", html)) return;
    index_.push_back({&doc, doc.meta.lang, stem + ".html"});
    published_[doc.meta.lang].push_back(&doc);
  }

  // A document not written because of an integrity error, whose page from
  // an earlier build stays: the index keeps linking it, so the site stays whole.
  // Its chapter in the collection stays too, read back from its own book.
  void KeepInIndex(const Document& doc) {
    index_.push_back({&doc, doc.meta.lang, doc.meta.lang + "/" + doc.name + ".html"});
    if (!options_.epub) return;
    std::string epub, error;
    if (!env_.fs.ReadFile(JoinPath(writer_.out_dir(), doc.meta.lang + "/" + doc.name + ".epub"), &epub, &error)) return;
    if (std::optional<EpubChapter> chapter = LastGoodChapter(epub, doc.name)) {
      kept_chapters_[doc.meta.lang].push_back(std::move(*chapter));
      in_books_[doc.meta.lang];  // the collection is written even if it holds only kept chapters
    }
  }

  void WriteTraceability(const std::string& lang, const std::vector<const Document*>& documents) {
    std::string html, error;
    if (!RenderTraceabilityPage(project_, lang, documents, Strings(lang), theme_, Audience::Public, &html, &error) ||
        html.empty()) {
      return;
    }
    if (writer_.Write(lang + "/" + kTraceabilityPage, html)) traceability_langs_.insert(lang);
  }

  // One book: a chapter per document, all in one language.
  // `kept`: chapters of withheld documents, as an earlier build wrote them.
  void WriteEpub(const std::string& relative, const std::string& lang, const std::vector<const Document*>& documents,
                 const std::string& title, const std::string& creator, const std::string& description,
                 const std::vector<EpubChapter>& kept = {}) {
    const UiStrings& strings = Strings(lang);
    std::set<std::string> names;
    for (const Document* doc : documents) names.insert(doc->name);
    for (const EpubChapter& chapter : kept) names.insert(chapter.file.substr(0, chapter.file.size() - 6));  // ".xhtml"
    EpubBook book;
    const std::string& base_url = project_.config.base_url;
    book.identifier = base_url.empty() ? "urn:charterc:" + relative
                                       : base_url + (base_url.back() == '/' ? "" : "/") + relative;
    book.title = title;
    book.lang = lang;
    book.direction = TextDirection(lang);
    book.creator = creator;
    book.description = description;
    book.contents_label = strings.Format("contents");
    book.accessibility_summary = strings.Format("epub-accessibility-summary");
    book.modified = PublicationMoment(documents);
    // The shipped theme's pages pass epubcheck, axe-core (WCAG 2.2 A/AA, also
    // at 400 % zoom) and the Nu Html Checker in charterc's test suite, which
    // must pass for a release; a project's own theme has not been checked.
    if (theme_.shipped) book.certified_by = std::string("charterc ") + CHARTERC_VERSION + " test suite";
    book.stylesheet = theme_.stylesheet;
    for (const Document* doc : documents) {
      RenderContext context{project_, *doc, strings, EditionsOf(*doc)};
      book.chapters.push_back(RenderEpubChapter(context, names));
    }
    book.chapters.insert(book.chapters.end(), kept.begin(), kept.end());
    // In document order (by name), as in the site's index.
    std::stable_sort(book.chapters.begin(), book.chapters.end(),
                     [](const EpubChapter& a, const EpubChapter& b) { return a.file < b.file; });
    // Zipping in memory fails only when memory does; nothing is written then.
    std::string error;
    std::string bytes = BuildEpub(book, &error);
    if (!bytes.empty()) writer_.Write(relative, bytes);
  }

  // Every language's commitments, in the source language.
  void WriteEvidencePack() {
    std::vector<const Document*> all;
    for (const auto& [lang, documents] : published_) all.insert(all.end(), documents.begin(), documents.end());
    const std::string& lang = project_.config.source_lang;
    std::string html, error;
    if (RenderTraceabilityPage(project_, lang, all, Strings(lang), theme_, Audience::Assessor, &html, &error) &&
        !html.empty()) {
      writer_.Write("evidence/index.html", html);
    }
  }

  Env& env_;
  const SiteOptions& options_;
  const Project& project_;
  const Analysis& analysis_;
  const std::set<std::string>& with_errors_;
  const std::function<Publication(const Document&)>& publication_;
  OutputWriter& writer_;
  Theme theme_;
  PdfWriter pdf_;  // after theme_, which it prints with
  std::list<Document> editions_;  // stable addresses: pages keep pointers to them
  std::map<std::string, std::vector<std::string>> languages_;  // document -> edition languages
  std::map<std::string, UiStrings> strings_;
  std::vector<IndexEntry> index_;
  std::map<std::string, std::vector<const Document*>> published_;  // by language
  std::set<std::string> traceability_langs_;
  std::map<std::string, std::vector<const Document*>> in_books_;  // by language, for the collection
  std::map<std::string, std::vector<EpubChapter>> kept_chapters_;  // by language: withheld documents' last good chapters
};

}  // namespace

int WriteSite(Env& env, const SiteOptions& options, const Project& project, const Analysis& analysis,
              const std::set<std::string>& with_errors,
              const std::function<Publication(const Document&)>& publication, DiagnosticSink& sink,
              OutputWriter& writer) {
  return SiteWriter(env, options, project, analysis, with_errors, publication, sink, writer).Run();
}

}  // namespace charterc
