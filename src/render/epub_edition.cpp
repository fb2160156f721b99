#include "render/epub_edition.h"

#include <cstdlib>
#include <sstream>

#include <pugixml.hpp>

#include "i18n/dates.h"
#include "i18n/locale_info.h"
#include "model/link_policy.h"
#include "render/html_page.h"

namespace charterc {

namespace {

// Links within the book stay; links to generated pages elsewhere go to the
// published site, or are dropped to their text.
void ResolveLinks(pugi::xml_node root, const RenderContext& context, const std::set<std::string>& in_book) {
  std::vector<pugi::xml_node> links;
  for (pugi::xpath_node found : root.select_nodes("//a[@href]")) links.push_back(found.node());
  const std::string& base_url = context.project.config.base_url;
  for (pugi::xml_node link : links) {
    std::string href = link.attribute("href").value();
    if (href.empty() || href[0] == '#' || !LinkScheme(href).empty()) continue;
    std::string file = href.substr(0, href.find('#'));
    std::string fragment = href.size() > file.size() ? href.substr(file.size()) : "";
    const std::string suffix = ".html";
    bool page = file.size() > suffix.size() && file.compare(file.size() - suffix.size(), suffix.size(), suffix) == 0;
    std::string name = page ? file.substr(0, file.size() - suffix.size()) : "";
    if (page && in_book.count(name) > 0) {
      link.attribute("href") = (name + ".xhtml" + fragment).c_str();
    } else if (!base_url.empty()) {
      std::string separator = base_url.back() == '/' ? "" : "/";
      link.attribute("href") = (base_url + separator + context.document.meta.lang + "/" + href).c_str();
    } else {
      pugi::xml_node parent = link.parent();
      while (pugi::xml_node child = link.first_child()) parent.insert_move_before(child, link);
      parent.remove_child(link);
    }
  }
}

}  // namespace

EpubChapter RenderEpubChapter(const RenderContext& context, const std::set<std::string>& in_book) {
  const DocumentMeta& meta = context.document.meta;
  pugi::xml_document xml;
  pugi::xml_node main = StartXhtml(xml, meta.lang, TextDirection(meta.lang), meta.title).append_child("main");
  AppendDocumentContent(context, main);
  ResolveLinks(xml.document_element(), context, in_book);

  EpubChapter chapter;
  chapter.file = context.document.name + ".xhtml";
  chapter.title = meta.title;
  for (const Section& section : context.document.sections) {
    std::string text = PlainText(section.title_inlines, [&](const std::string& name) {
      return FormattedFact(context, name);
    });
    chapter.headings.push_back({section.level, section.id, text});
  }
  std::ostringstream out;
  // No indentation: it would add spaces inside inline text.
  xml.save(out, "", pugi::format_raw | pugi::format_no_empty_element_tags, pugi::encoding_utf8);
  chapter.xhtml = out.str();
  return chapter;
}

std::time_t EpubModified(const std::vector<const Document*>& docs) {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    return static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  }
  std::string latest;
  for (const Document* doc : docs) latest = std::max(latest, doc->meta.reviewed);
  std::optional<UDate> date = ParseIsoDate(latest.empty() ? TodayIso() : latest);
  return date ? static_cast<std::time_t>(*date / 1000) : 0;
}

}  // namespace charterc
