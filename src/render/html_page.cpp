#include "render/html_page.h"

#include <algorithm>
#include <map>
#include <memory>

#include <unicode/coll.h>

#include "output/output_layout.h"
#include "output/url_encoding.h"
#include "i18n/dates.h"
#include "i18n/locale_info.h"
#include "model/link_policy.h"
#include "render/criterion_links.h"
#include "render/format_links.h"
#include "render/page_metadata.h"
#include "render/page_template.h"
#include "render/html_body.h"
#include "render/meta_text.h"

namespace charterc {

namespace {

void AppendDate(pugi::xml_node parent, const std::string& iso, const icu::Locale& locale) {
  pugi::xml_node time = parent.append_child("time");
  time.append_attribute("datetime") = iso.c_str();
  time.text() = FormatIsoDate(iso, locale).c_str();
}

// A title, summary or owner element, marked with the source language when it
// is shown untranslated.
void MarkIfFallback(pugi::xml_node element, bool fallback, const RenderContext& context) {
  if (fallback) SetLanguageAttributes(element, context.document.edition->source_lang);
}

// Owner, review dates and contact: who answers for this document and when
// it is next looked at.
void AppendDetails(const RenderContext& context, pugi::xml_node main) {
  const DocumentMeta& meta = context.document.meta;
  pugi::xml_node list = main.append_child("dl");
  list.append_attribute("class") = "document-details";
  auto row = [&](const char* key) {
    AppendText(list, "dt", context.strings.Format(key));
    return list.append_child("dd");
  };
  const std::optional<EditionStatus>& edition = context.document.edition;
  if (!meta.owner.empty()) {
    pugi::xml_node owner = row("owner");
    owner.text() = meta.owner.c_str();
    MarkIfFallback(owner, edition && edition->owner_fallback, context);
  }
  if (!meta.reviewed.empty()) AppendDate(row("reviewed"), meta.reviewed, context.strings.locale());
  if (!meta.next_review.empty()) AppendDate(row("next-review"), meta.next_review, context.strings.locale());
  if (!meta.contact.empty()) {
    pugi::xml_node link = row("contact").append_child("a");
    // Only an email address or a safe link gets here (IsContactAddress).
    std::string scheme = LinkScheme(meta.contact);
    link.append_attribute("href") = EncodeAuthorHref((scheme.empty() ? "mailto:" : "") + meta.contact).c_str();
    bool bare = scheme == "mailto" || scheme == "tel";  // show "+44 ..." rather than "tel:+44 ..."
    if (edition && edition->contact_fallback) link.append_attribute("lang") = edition->source_lang.c_str();
    link.append_attribute("dir") = "ltr";  // an address reads left to right, in any page
    link.text() = (bare ? meta.contact.substr(scheme.size() + 1) : meta.contact).c_str();
  }
  if (!list.first_child()) main.remove_child(list);
}

void AppendContents(const RenderContext& context, pugi::xml_node main) {
  std::vector<const Section*> top;
  for (const Section& section : context.document.sections) {
    if (section.level == 2) top.push_back(&section);
  }
  if (top.size() < 2) return;
  pugi::xml_node nav = main.append_child("nav");
  nav.append_attribute("class") = "toc";
  nav.append_attribute("aria-labelledby") = "charterc-contents";
  pugi::xml_node heading = nav.append_child("h2");
  heading.append_attribute("id") = "charterc-contents";
  heading.text() = context.strings.Format("contents").c_str();
  pugi::xml_node list = nav.append_child("ol");
  SetListNumbering(list, context.strings.locale());
  for (const Section* section : top) {
    pugi::xml_node link = list.append_child("li").append_child("a");
    link.append_attribute("href") = OutputLayout::FragmentHref(section->id).c_str();
    std::string title =
        PlainText(section->title_inlines, [&](const std::string& name) { return FormattedFact(context, name); });
    link.text() = title.c_str();
  }
}

// Links to the document in every other language, each named in itself.
void AppendLanguageSwitcher(const RenderContext& context, pugi::xml_node main) {
  if (context.editions.size() < 2) return;
  pugi::xml_node nav = main.append_child("nav");
  nav.append_attribute("class") = "language-switcher";
  nav.append_attribute("aria-label") = context.strings.Format("other-languages").c_str();
  pugi::xml_node list = nav.append_child("ul");
  for (const EditionLink& edition : context.editions) {
    icu::Locale locale;
    ParseLanguageTag(edition.lang, &locale);
    pugi::xml_node link = list.append_child("li").append_child("a");
    const std::string here = OutputLayout::Document(context.document.meta.lang, context.document.name);
    link.append_attribute("href") = OutputLayout::Href(here, edition.href).c_str();
    link.append_attribute("hreflang") = edition.lang.c_str();
    SetLanguageAttributes(link, edition.lang);
    if (edition.lang == context.document.meta.lang) link.append_attribute("aria-current") = "page";
    link.text() = NativeLanguageName(LanguageAndScript(locale)).c_str();
  }
}

// <link rel="alternate" hreflang> for every edition, and x-default for the
// source, so search engines serve each reader their language.
void AddAlternates(const RenderContext& context, PageTemplate& page) {
  if (context.editions.size() < 2) return;
  const OutputLayout layout(context.project.config.base_url);
  const std::string here = OutputLayout::Document(context.document.meta.lang, context.document.name);
  for (const EditionLink& edition : context.editions) {
    page.AddAlternate(edition.lang, layout.Portable(here, edition.href));
  }
  page.AddAlternate("x-default", layout.Portable(here, context.editions.front().href));
}

// "80% of this page is translated. 3 passages are shown in English."
void AppendTranslationStatus(const RenderContext& context, pugi::xml_node main) {
  const std::optional<EditionStatus>& status = context.document.edition;
  if (!status || status->translated == status->units) return;
  pugi::xml_node note = main.append_child("p");
  note.append_attribute("class") = "translation-status";
  note.append_attribute("role") = "note";
  double share = status->units == 0 ? 1.0 : static_cast<double>(status->translated) / status->units;
  std::string language = LanguageName(status->source_lang, context.strings);
  note.text() = context.strings
                    .Format("translation-status",
                            {{"percent", icu::Formattable(share)},
                             {"missing", icu::Formattable(status->units - status->translated)},
                             {"language", icu::Formattable(icu::UnicodeString::fromUTF8(language))}})
                    .c_str();
}

// The source language first (the language the site is written in), then
// the others by their own names, sorted as the source language sorts
// them: no language comes first because of how its tag is spelled.
std::vector<std::string> IndexLanguageOrder(const std::string& source_lang,
                                            const std::map<std::string, std::vector<const IndexEntry*>>& by_lang) {
  std::vector<std::pair<std::string, icu::UnicodeString>> others;
  for (const auto& [lang, unused] : by_lang) {
    if (lang == source_lang) continue;
    icu::Locale locale;
    ParseLanguageTag(lang, &locale);
    others.emplace_back(lang, icu::UnicodeString::fromUTF8(NativeLanguageName(locale)));
  }
  icu::Locale source;
  ParseLanguageTag(source_lang, &source);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(source, status));
  std::stable_sort(others.begin(), others.end(), [&](const auto& a, const auto& b) -> bool {
    if (U_FAILURE(status)) return a.second < b.second;
    UErrorCode compared = U_ZERO_ERROR;
    return collator->compare(a.second, b.second, compared) == UCOL_LESS;
  });
  std::vector<std::string> order;
  if (by_lang.count(source_lang)) order.push_back(source_lang);
  for (const auto& [lang, unused] : others) order.push_back(lang);
  return order;
}

// Links in `node`, written for the page at `page` (a summary's, which links
// from its document's page), made to work from the page at `here`. The
// links are percent-encoded already; `page` is a path.
void RebaseLinks(pugi::xml_node node, const std::string& page_path, const std::string& here) {
  const std::string page = EncodeUrlPath(page_path);
  for (pugi::xpath_node found : node.select_nodes(".//a[@href]")) {
    pugi::xml_attribute href = found.node().attribute("href");
    std::string link = href.value();
    if (!LinkScheme(link).empty() || link.empty() || link[0] == '/') continue;
    std::string target = link[0] == '#' ? page + link : OutputLayout::Resolve(page, link);
    href = OutputLayout::Relative(here, target).c_str();
  }
}

}  // namespace

bool CheckPageTemplate(const Theme& theme, std::string* message, size_t* offset) {
  PageTemplate page;
  *offset = 0;
  return page.Parse(theme, message, offset);
}

void AppendDocumentContent(const RenderContext& context, pugi::xml_node main) {
  const DocumentMeta& meta = context.document.meta;
  AppendText(main, "p", context.strings.Format(std::string("type-") + DocumentTypeName(meta.type)), "document-type");
  const std::optional<EditionStatus>& edition = context.document.edition;
  pugi::xml_node title = main.append_child("h1");
  AppendMetaHtml(context, TitleInlines(meta), title);
  MarkIfFallback(title, edition && edition->title_fallback, context);
  if (!meta.summary.empty()) {
    pugi::xml_node summary = main.append_child("p");
    summary.append_attribute("class") = "summary";
    AppendMetaHtml(context, SummaryInlines(meta), summary);
    MarkIfFallback(summary, edition && edition->summary_fallback, context);
  }
  AppendTranslationStatus(context, main);
  AppendDetails(context, main);
  AppendContents(context, main);
  pugi::xml_node article = main.append_child("div");
  article.append_attribute("class") = "document-body";
  RenderHtmlBody(context, article);
}

bool RenderDocumentPage(const RenderContext& context, const Theme& theme, std::string* html, std::string* error,
                        const std::vector<FormatLink>& formats) {
  PageTemplate page;
  if (!page.Parse(theme, error)) return false;
  const DocumentMeta& meta = context.document.meta;
  page.SetLanguage(meta.lang);
  page.AllowRemoteImages(context.project.config.remote_images);
  page.SetText("title", TitleText(context, context.document) + " – " + context.project.config.title);
  FillCommon(page, context.strings, context.project, OutputLayout::Document(meta.lang, context.document.name));
  AddPageMetadata(context, page);
  AddAlternates(context, page);
  pugi::xml_node main = page.Slot("main");
  AppendLanguageSwitcher(context, main);
  AppendDocumentContent(context, main);
  if (!formats.empty()) {
    // After the owner and review dates, before the contents.
    AppendFormatLinks(context, formats, main);
    pugi::xml_node details = main.find_child_by_attribute("dl", "class", "document-details");
    if (details) main.insert_move_after(main.last_child(), details);
  }
  *html = page.Write();
  return true;
}

bool RenderIndexPage(const Project& project, const UiStrings& strings, const StringsFor& strings_for,
                     const Theme& theme, const std::vector<IndexEntry>& entries,
                     const std::set<std::string>& traceability_langs, std::string* html, std::string* error,
                     const std::set<std::string>& results_langs) {
  PageTemplate page;
  if (!page.Parse(theme, error)) return false;
  page.SetLanguage(project.config.source_lang);
  page.SetText("title", project.config.title);
  FillCommon(page, strings, project, OutputLayout::kIndex);
  pugi::xml_node main = page.Slot("main");
  AppendText(main, "h1", project.config.title);
  std::map<std::string, std::vector<const IndexEntry*>> by_lang;
  for (const IndexEntry& entry : entries) by_lang[entry.lang].push_back(&entry);
  for (const std::string& lang : IndexLanguageOrder(project.config.source_lang, by_lang)) {
    const std::vector<const IndexEntry*>& list_entries = by_lang.at(lang);
    icu::Locale locale;
    ParseLanguageTag(lang, &locale);
    pugi::xml_node section = main.append_child("section");
    SetLanguageAttributes(section, lang);
    section.append_attribute("aria-labelledby") = ("charterc-lang-" + lang).c_str();
    pugi::xml_node heading = section.append_child("h2");
    heading.append_attribute("id") = ("charterc-lang-" + lang).c_str();
    heading.text() = NativeLanguageName(locale).c_str();
    pugi::xml_node list = section.append_child("ul");
    list.append_attribute("class") = "document-list";
    for (const IndexEntry* entry : list_entries) {
      // Facts in a title or summary are formatted in the entry's language.
      const RenderContext context{project, *entry->document, strings_for(lang)};
      pugi::xml_node item = list.append_child("li");
      pugi::xml_node link = item.append_child("a");
      link.append_attribute("href") = OutputLayout::Href(OutputLayout::kIndex, entry->href).c_str();
      link.text() = TitleText(context, *entry->document).c_str();
      // An edition whose title is not translated yet shows the source's.
      const std::optional<EditionStatus>& edition = entry->document->edition;
      if (edition && edition->title_fallback) link.append_attribute("lang") = edition->source_lang.c_str();
      if (!entry->document->meta.summary.empty()) {
        pugi::xml_node summary = item.append_child("p");
        AppendMetaHtml(context, SummaryInlines(entry->document->meta), summary);
        RebaseLinks(summary, entry->href, OutputLayout::kIndex);
        if (edition && edition->summary_fallback) summary.append_attribute("lang") = edition->source_lang.c_str();
      }
    }
    if (traceability_langs.count(lang)) {
      pugi::xml_node link = section.append_child("p").append_child("a");
      link.append_attribute("href") = OutputLayout::Href(OutputLayout::kIndex, OutputLayout::Traceability(lang)).c_str();
      // The index speaks the source language, inside this language's section.
      link.append_attribute("lang") = project.config.source_lang.c_str();
      link.text() = strings.Format("traceability").c_str();
    }
    if (results_langs.count(lang)) {
      pugi::xml_node link = section.append_child("p").append_child("a");
      link.append_attribute("href") = OutputLayout::Href(OutputLayout::kIndex, OutputLayout::Results(lang)).c_str();
      link.append_attribute("lang") = project.config.source_lang.c_str();
      link.text() = strings.Format("how-we-did").c_str();
    }
  }
  *html = page.Write();
  return true;
}

}  // namespace charterc
