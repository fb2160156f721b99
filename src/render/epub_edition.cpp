#include "render/epub_edition.h"

#include <sstream>

#include <pugixml.hpp>

#include "i18n/locale_info.h"
#include "render/html_page.h"
#include "render/outside_links.h"

namespace charterc {

EpubChapter RenderEpubChapter(const RenderContext& context, const std::set<std::string>& in_book) {
  const DocumentMeta& meta = context.document.meta;
  pugi::xml_document xml;
  pugi::xml_node main = StartXhtml(xml, meta.lang, TextDirection(meta.lang), meta.title).append_child("main");
  AppendDocumentContent(context, main);
  ResolveOutsideLinks(xml.document_element(), context, in_book, ".xhtml");

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

}  // namespace charterc
