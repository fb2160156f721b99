#include "render/epub_edition.h"

#include <sstream>

#include <pugixml.hpp>

#include "i18n/locale_info.h"
#include "output/zip_archive.h"
#include "project/image_type.h"
#include "render/html_page.h"
#include "render/image_html.h"
#include "render/meta_text.h"
#include "render/outside_links.h"

namespace charterc {

EpubChapter RenderEpubChapter(const RenderContext& site_context, const std::set<std::string>& in_book) {
  RenderContext context = site_context;
  context.images = ImageLinks::Book;  // packed in the book (render/image_html.h)
  const DocumentMeta& meta = context.document.meta;
  pugi::xml_document xml;
  const std::string title = TitleText(context, context.document);
  pugi::xml_node main = StartXhtml(xml, meta.lang, TextDirection(meta.lang), title).append_child("main");
  AppendDocumentContent(context, main);
  ResolveOutsideLinks(xml.document_element(), context, in_book, ".xhtml");

  EpubChapter chapter;
  chapter.file = context.document.name + ".xhtml";
  chapter.title = title;
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
  for (const ImageFile* file : ImagesShownIn(context.project, context.document, ImageLinks::Book)) {
    chapter.images.push_back({BookImagePath(*file), file->media_type, file->bytes});
  }
  return chapter;
}

std::optional<EpubChapter> LastGoodChapter(const std::string& epub, const std::string& name) {
  EpubChapter chapter;
  chapter.file = name + ".xhtml";
  std::string error;
  if (!ReadZipEntry(epub, "EPUB/" + chapter.file, &chapter.xhtml, &error)) return std::nullopt;
  pugi::xml_document xml;
  if (!xml.load_string(chapter.xhtml.c_str())) return std::nullopt;
  chapter.title = xml.select_node("/html/head/title").node().text().get();
  for (pugi::xpath_node found : xml.select_nodes("//*[@id][self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")) {
    pugi::xml_node heading = found.node();
    if (std::string(heading.attribute("id").value()).rfind("charterc-", 0) == 0) continue;  // charterc's own, e.g. contents
    int level = heading.name()[1] - '0';
    // The text as a reader sees it, permalinks and all inline markup flattened.
    std::string text;
    for (pugi::xpath_node piece : heading.select_nodes(".//text()")) text += piece.node().value();
    chapter.headings.push_back({level, heading.attribute("id").value(), text});
  }
  // Its images, from the same book.
  for (pugi::xpath_node found : xml.select_nodes("//img[@src]")) {
    std::string src = found.node().attribute("src").value();
    std::optional<ImageType> type = TypeOfName(src);
    EpubImage image{src, type ? type->media_type : "", ""};
    if (!type || !ReadZipEntry(epub, "EPUB/" + src, &image.bytes, &error)) return std::nullopt;
    chapter.images.push_back(std::move(image));
  }
  return chapter;
}

}  // namespace charterc
