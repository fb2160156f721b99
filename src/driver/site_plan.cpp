#include "driver/site_plan.h"

#include <algorithm>

#include "base/file_system.h"
#include "i18n/locale_info.h"
#include "i18n/locale_match.h"
#include "output/output_layout.h"
#include "project/language_settings.h"
#include "render/bilingual_page.h"
#include "render/epub_book.h"
#include "render/image_html.h"
#include "render/meta_text.h"
#include "render/plain_text.h"
#include "render/publication_moment.h"
#include "render/results_page.h"
#include "render/traceability_page.h"

namespace charterc {

SitePlan::SitePlan(Env& env, const SiteOptions& options, const Project& project, const Localised& localised,
                   const std::function<Publication(const Document&)>& publication, DiagnosticSink& sink)
    : env_(env), options_(options), project_(project), localised_(localised), publication_(publication), sink_(sink), theme_(LoadTheme(env.fs, options.project_dir)),
      pdf_(options.pdf, theme_, env.printer, env.clock, sink),
      strings_(static_cast<size_t>(std::max(1, options.threads))) {}

// Each worker loads its own strings: ICU formatters are not safe to share
// between threads.
const UiStrings& SitePlan::Strings(int worker, const std::string& lang) {
  std::map<std::string, UiStrings>& cache = strings_[static_cast<size_t>(worker)];
  auto it = cache.find(lang);
  if (it != cache.end()) return it->second;
  UiStrings strings = UiStrings::Load(env_.fs, options_.project_dir, lang);
  // Facts, dates, list numbers and page numbers all follow this one choice.
  strings.UseNumberingSystem(NumberingSystemFor(project_.config, lang));
  return cache.emplace(lang, std::move(strings)).first->second;
}

// The document in every language it is published in, the source first.
std::vector<EditionLink> SitePlan::EditionsOf(const Document& doc) const {
  std::vector<EditionLink> links;
  const Document* source = project_.FindDocument(doc.name);
  if (source == nullptr) return links;
  links.push_back({source->meta.lang, OutputLayout::Document(source->meta.lang, doc.name)});
  auto langs = localised_.edition_langs.find(doc.name);
  if (langs == localised_.edition_langs.end()) return links;
  for (const std::string& lang : langs->second) links.push_back({lang, OutputLayout::Document(lang, doc.name)});
  return links;
}

bool SitePlan::TemplateUsable() const {
  std::string unused_message;
  size_t unused_offset = 0;
  return CheckPageTemplate(theme_, &unused_message, &unused_offset);
}

void SitePlan::ReadStrings() {
  for (const Document* doc : localised_.pages) Strings(0, doc->meta.lang);
  Strings(0, project_.config.source_lang);
}

std::vector<OutputJob> SitePlan::Jobs(JobInputs& inputs) {
  inputs_ = &inputs;
  std::vector<OutputJob> jobs;
  if (!TemplateUsable()) return jobs;
  // Sources in project order (a withheld one keeps its place in the index
  // when its last good page stays), then editions.
  for (const Document& doc : project_.documents) {
    Publication publication = publication_(doc);
    if (publication == Publication::Written) PlanDocument(doc, &jobs);
    else if (publication == Publication::LastGood) PlanKept(doc);
  }
  for (const Document& edition : localised_.editions) PlanDocument(edition, &jobs);
  KeepUnbuiltEditions();
  if (options_.html && options_.bilingual.size() == 2) {
    for (const Document* doc : localised_.pages) {
      if (!doc->edition) PlanBilingual(*doc, &jobs);
    }
  }
  PlanEverythingJobs(&jobs);
  return jobs;
}

void SitePlan::PlanDocument(const Document& doc, std::vector<OutputJob>* jobs) {
  const std::vector<std::string> inputs = inputs_->ForPage(doc);
  const std::string& lang = doc.meta.lang;
  auto context = [this, &doc](int worker) {
    return RenderContext{project_, doc, Strings(worker, doc.meta.lang), EditionsOf(doc)};
  };
  std::vector<std::pair<OutputFormat, std::string>> made;  // the page links them
  if (options_.text) {
    jobs->push_back({OutputLayout::Document(lang, doc.name, OutputFormat::Text), inputs, false,
                     [context](int worker, std::string* bytes) {
                       *bytes = RenderPlainText(context(worker));
                       return true;
                     }});
    made.emplace_back(OutputFormat::Text, jobs->back().path);
  }
  printer_ready_ = pdf_.Ready();
  if (printer_ready_) {
    for (bool large_print : {false, true}) {
      if (!(large_print ? pdf_.options().large_print : pdf_.options().regular)) continue;
      std::string path = OutputLayout::Document(lang, doc.name, large_print ? OutputFormat::LargePrintPdf : OutputFormat::Pdf);
      jobs->push_back({path, inputs, true, [this, context, large_print, path](int worker, std::string* bytes) {
                         return pdf_.Print(context(worker), large_print, path, bytes);
                       }});
      made.emplace_back(large_print ? OutputFormat::LargePrintPdf : OutputFormat::Pdf, path);
    }
  }
  if (options_.epub) {
    std::string path = OutputLayout::Document(lang, doc.name, OutputFormat::Epub);
    jobs->push_back({path, inputs, false, [this, &doc, path](int worker, std::string* bytes) {
                       // The package's metadata is plain text, facts formatted.
                       const UiStrings& strings = Strings(worker, doc.meta.lang);
                       return MakeEpub(worker, path, doc.meta.lang, {&doc}, TitleText(project_, strings, doc),
                                       doc.meta.owner, SummaryText(project_, strings, doc), {}, bytes);
                     }});
    in_books_[lang].push_back(&doc);
    made.emplace_back(OutputFormat::Epub, path);
  }
  std::vector<std::string>& files = files_of_[&doc];
  if (!options_.html) return;
  for (const ImageFile* image : ImagesShownIn(project_, doc, ImageLinks::Site)) images_[image->output] = image;
  std::string page = OutputLayout::Document(lang, doc.name);
  files.push_back(page);
  // The page links the other formats with their sizes, so it runs after
  // them (wave 1); they are made from the same inputs, and "formats" says
  // which of them this build makes.
  std::vector<std::string> page_inputs = inputs;
  page_inputs.push_back(FormatsInput());
  jobs->push_back({page, page_inputs, false,
                   [this, context, made](int worker, std::string* bytes) {
                     std::string error;
                     return RenderDocumentPage(context(worker), theme_, bytes, &error, FormatLinks(made));
                   },
                   1});
  PlanFragment(doc, inputs, jobs);
  for (const auto& [format, path] : made) files.push_back(path);
  index_.push_back({&doc, lang, page});
  published_[lang].push_back(&doc);
}

// A document not written because of an integrity error, whose page from an
// earlier build stays: the index keeps linking it, so the site stays whole.
// Its chapter in the collection stays too, read back from its own book.
void SitePlan::PlanKept(const Document& doc) {
  std::vector<std::string> langs = {doc.meta.lang};
  for (const Translation& translation : project_.translations) {
    if (translation.document == doc.name) langs.push_back(translation.lang);
  }
  for (const std::string& lang : langs) {
    for (OutputFormat format : {OutputFormat::Html, OutputFormat::Text, OutputFormat::Epub, OutputFormat::Pdf,
                                OutputFormat::LargePrintPdf}) {
      kept_.push_back(OutputLayout::Document(lang, doc.name, format));
    }
    kept_.push_back(OutputLayout::Fragment(lang, doc.name));
    KeepImagesOf(OutputLayout::Document(lang, doc.name));
  }
  index_.push_back({&doc, doc.meta.lang, OutputLayout::Document(doc.meta.lang, doc.name)});
  // The manifest lists the kept files that are there, as the index and
  // the sitemap link the kept page.
  // (In the order PlanDocument lists a page's files.)
  std::vector<std::string>& files = files_of_[&doc];
  files = {OutputLayout::Document(doc.meta.lang, doc.name), OutputLayout::Fragment(doc.meta.lang, doc.name)};
  for (OutputFormat format : {OutputFormat::Text, OutputFormat::Pdf, OutputFormat::LargePrintPdf, OutputFormat::Epub}) {
    files.push_back(OutputLayout::Document(doc.meta.lang, doc.name, format));
  }
  if (!options_.epub) return;
  std::string epub, error;
  const std::string path = OutputLayout::Document(doc.meta.lang, doc.name, OutputFormat::Epub);
  if (!env_.fs.ReadFile(JoinPath(options_.out_dir, path), &epub, &error)) return;
  if (std::optional<EpubChapter> chapter = LastGoodChapter(epub, doc.name)) {
    kept_chapters_[doc.meta.lang].push_back(std::move(*chapter));
    in_books_[doc.meta.lang];  // the collection is written even if it holds only kept chapters
  }
}

// A translation with an integrity error has no edition this time; the pages
// an earlier build made from it stay, like a withheld source's. A language
// withheld on purpose (N1015) keeps nothing.
void SitePlan::KeepUnbuiltEditions() {
  for (const Translation& translation : project_.translations) {
    const Document* source = project_.FindDocument(translation.document);
    if (source == nullptr || options_.withheld_langs.count(translation.lang)) continue;
    auto langs = localised_.edition_langs.find(source->name);
    if (langs != localised_.edition_langs.end() &&
        std::find(langs->second.begin(), langs->second.end(), translation.lang) != langs->second.end()) {
      continue;
    }
    for (OutputFormat format : {OutputFormat::Html, OutputFormat::Text, OutputFormat::Epub, OutputFormat::Pdf,
                                OutputFormat::LargePrintPdf}) {
      kept_.push_back(OutputLayout::Document(translation.lang, source->name, format));
    }
    kept_.push_back(OutputLayout::Fragment(translation.lang, source->name));
    KeepImagesOf(OutputLayout::Document(translation.lang, source->name));
  }
}

// A kept page shows the images an earlier build copied for it: they stay
// too, even when no page of this build shows them.
void SitePlan::KeepImagesOf(const std::string& page) {
  std::string html, error;
  if (!env_.fs.ReadFile(JoinPath(options_.out_dir, page), &html, &error)) return;
  const std::string attribute = "src=\"";
  for (size_t at = html.find(attribute); at != std::string::npos; at = html.find(attribute, at + 1)) {
    size_t start = at + attribute.size();
    size_t end = html.find('"', start);
    if (end == std::string::npos) break;
    std::string path = OutputLayout::Resolve(page, html.substr(start, end - start));
    if (path.rfind(OutputLayout::kImageFolder, 0) == 0) kept_.push_back(path);
  }
}

void SitePlan::PlanImages(std::vector<OutputJob>* jobs) {
  for (const auto& [path, image] : images_) {
    jobs->push_back({path, {inputs_->ForImage(*image)}, false, [image = image](int, std::string* bytes) {
                       *bytes = image->bytes;
                       return true;
                     }});
  }
}

// The page in a language, if it is published: the source or an edition.
const Document* SitePlan::Published(const std::string& name, const std::string& wanted) const {
  std::vector<const Document*> candidates;
  for (const Document* doc : localised_.pages) {
    if (doc->name == name) candidates.push_back(doc);
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
void SitePlan::PlanBilingual(const Document& source, std::vector<OutputJob>* jobs) {
  const Document* first = Published(source.name, options_.bilingual[0]);
  const Document* second = Published(source.name, options_.bilingual[1]);
  if (first == nullptr || second == nullptr || first == second) return;
  std::vector<std::string> inputs = inputs_->ForPage(*first);
  for (const std::string& name : inputs_->ForPage(*second)) inputs.push_back(name);
  std::sort(inputs.begin(), inputs.end());
  inputs.erase(std::unique(inputs.begin(), inputs.end()), inputs.end());
  jobs->push_back({OutputLayout::Bilingual(first->meta.lang, second->meta.lang, source.name), inputs, false,
                   [this, first, second](int worker, std::string* bytes) {
                     RenderContext first_context{project_, *first, Strings(worker, first->meta.lang)};
                     RenderContext second_context{project_, *second, Strings(worker, second->meta.lang)};
                     std::string error;
                     return RenderBilingualPage(first_context, second_context, theme_, bytes, &error);
                   }});
}

// Outputs made from every document: books of all documents, traceability
// pages, the stylesheet, the index and the evidence pack.
void SitePlan::PlanEverythingJobs(std::vector<OutputJob>* jobs) {
  const std::vector<std::string> everything = inputs_->ForEverything();
  for (const auto& [lang, documents] : in_books_) {
    kept_chapters_[lang];  // made here: the jobs only read the map
    jobs->push_back({OutputLayout::Collection(lang), everything, false,
                     [this, lang = lang](int worker, std::string* bytes) {
                       return MakeEpub(worker, OutputLayout::Collection(lang), lang, in_books_.at(lang),
                                       project_.config.title, "", "", kept_chapters_.at(lang), bytes);
                     }});
  }
  if (!options_.html) return;
  for (const auto& [lang, documents] : published_) {
    if (!HasTraceabilityPage(project_, documents, Audience::Public)) continue;
    traceability_langs_.insert(lang);
    jobs->push_back({OutputLayout::Traceability(lang), everything, false,
                     [this, lang = lang](int worker, std::string* bytes) {
                       std::string error;
                       return RenderTraceabilityPage(project_, lang, published_.at(lang), Strings(worker, lang), theme_,
                                                     Audience::Public, bytes, &error);
                     }});
  }
  PlanResultsPages(jobs);
  PlanImages(jobs);
  if (options_.evidence_pack) {
    jobs->push_back({OutputLayout::kEvidence, everything, false, [this](int worker, std::string* bytes) {
                       // Every language's commitments, in the source language.
                       std::vector<const Document*> all;
                       for (const auto& [lang, documents] : published_) all.insert(all.end(), documents.begin(), documents.end());
                       const std::string& lang = project_.config.source_lang;
                       std::string error;
                       return RenderTraceabilityPage(project_, lang, all, Strings(worker, lang), theme_,
                                                     Audience::Assessor, bytes, &error) &&
                              !bytes->empty();
                     }});
  }
  jobs->push_back({OutputLayout::kStylesheet, {"global"}, false, [this](int, std::string* bytes) {
                     *bytes = theme_.stylesheet;
                     return true;
                   }});
  PlanSiteData(jobs);
  jobs->push_back({OutputLayout::kIndex, everything, false, [this](int worker, std::string* bytes) {
                     std::string error;
                     StringsFor strings_for = [this, worker](const std::string& lang) -> const UiStrings& {
                       return Strings(worker, lang);
                     };
                     return RenderIndexPage(project_, Strings(worker, project_.config.source_lang), strings_for,
                                            theme_, index_, traceability_langs_, bytes, &error, results_langs_);
                   }});
}

// out/<lang>/how-we-did.html for every published language. Made from
// everything: the standards' words in every document, the results files
// (inputs of every build, read while loading) and the findings.
void SitePlan::PlanResultsPages(std::vector<OutputJob>* jobs) {
  if (options_.results == nullptr || !HasResultsPage(*options_.results)) return;
  for (const auto& [lang, documents] : published_) {
    results_langs_.insert(lang);
    jobs->push_back({OutputLayout::Results(lang), inputs_->ForEverything(), false,
                     [this, lang = lang](int worker, std::string* bytes) {
                       std::string error;
                       const UiStrings& source = Strings(worker, project_.config.source_lang);
                       return RenderResultsPage(project_, *options_.results, lang, published_.at(lang),
                                                Strings(worker, lang), source, theme_, bytes, &error);
                     }});
  }
}

// One book: a chapter per document, all in one language.
// `kept`: chapters of withheld documents, as an earlier build wrote them.
bool SitePlan::MakeEpub(int worker, const std::string& relative, const std::string& lang,
                        const std::vector<const Document*>& documents, const std::string& title,
                        const std::string& creator, const std::string& description,
                        const std::vector<EpubChapter>& kept, std::string* bytes) {
  const UiStrings& strings = Strings(worker, lang);
  std::set<std::string> names;
  for (const Document* doc : documents) names.insert(doc->name);
  for (const EpubChapter& chapter : kept) names.insert(chapter.file.substr(0, chapter.file.size() - 6));  // ".xhtml"
  EpubBook book;
  const OutputLayout layout(project_.config.base_url);
  book.identifier = layout.HasBaseUrl() ? layout.Absolute(relative) : "urn:charterc:" + relative;
  book.title = title;
  book.lang = lang;
  book.direction = TextDirection(lang);
  book.creator = creator;
  book.description = description;
  book.contents_label = strings.Format("contents");
  book.accessibility_summary = strings.Format("epub-accessibility-summary");
  book.modified = PublicationMoment(documents, env_.clock);
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
  *bytes = BuildEpub(book, &error);
  return !bytes->empty();
}

}  // namespace charterc
