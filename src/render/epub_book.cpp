#include "render/epub_book.h"

#include <map>
#include <sstream>

#include <pugixml.hpp>

#include "i18n/dates.h"
#include "output/output_layout.h"
#include "output/url_encoding.h"
#include "output/zip_archive.h"
#include "render/content_policy.h"

namespace charterc {

namespace {

constexpr const char* kXhtmlNamespace = "http://www.w3.org/1999/xhtml";
constexpr const char* kOpsNamespace = "http://www.idpf.org/2007/ops";

std::string Serialise(const pugi::xml_document& xml) {
  std::ostringstream out;
  xml.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

void AddDeclaration(pugi::xml_document& xml) {
  pugi::xml_node declaration = xml.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
}

pugi::xml_document NewXml() {
  pugi::xml_document xml;
  AddDeclaration(xml);
  return xml;
}

std::string Container() {
  pugi::xml_document xml = NewXml();
  pugi::xml_node container = xml.append_child("container");
  container.append_attribute("version") = "1.0";
  container.append_attribute("xmlns") = "urn:oasis:names:tc:opendocument:xmlns:container";
  pugi::xml_node rootfile = container.append_child("rootfiles").append_child("rootfile");
  rootfile.append_attribute("full-path") = "EPUB/package.opf";
  rootfile.append_attribute("media-type") = "application/oebps-package+xml";
  return Serialise(xml);
}

// Every image of the book's chapters, once each, by path.
std::map<std::string, const EpubImage*> Images(const EpubBook& book) {
  std::map<std::string, const EpubImage*> images;
  for (const EpubChapter& chapter : book.chapters) {
    for (const EpubImage& image : chapter.images) images.emplace(image.path, &image);
  }
  return images;
}

void Meta(pugi::xml_node metadata, const char* property, const std::string& value) {
  pugi::xml_node meta = metadata.append_child("meta");
  meta.append_attribute("property") = property;
  meta.text() = value.c_str();
}

void Element(pugi::xml_node parent, const char* name, const std::string& value) {
  if (!value.empty()) parent.append_child(name).text() = value.c_str();
}

// What a reader with a disability needs to know before opening the book
// (schema.org accessibility properties, as EPUB Accessibility 1.1 asks).
void AccessibilityMetadata(const EpubBook& book, pugi::xml_node metadata) {
  Meta(metadata, "schema:accessMode", "textual");
  // Images are there to see, and every one has alt text (or is marked
  // decorative): the text alone is still sufficient.
  bool images = !Images(book).empty();
  if (images) Meta(metadata, "schema:accessMode", "visual");
  Meta(metadata, "schema:accessModeSufficient", "textual");
  for (const char* feature : {"structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"}) {
    Meta(metadata, "schema:accessibilityFeature", feature);
  }
  if (images) Meta(metadata, "schema:accessibilityFeature", "alternativeText");
  Meta(metadata, "schema:accessibilityHazard", "none");
  Meta(metadata, "schema:accessibilitySummary", book.accessibility_summary);
  if (book.certified_by.empty()) return;
  Meta(metadata, "dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.2 Level AA");
  Meta(metadata, "a11y:certifiedBy", book.certified_by);
}

std::string Package(const EpubBook& book) {
  pugi::xml_document xml = NewXml();
  pugi::xml_node package = xml.append_child("package");
  package.append_attribute("xmlns") = "http://www.idpf.org/2007/opf";
  package.append_attribute("version") = "3.0";
  package.append_attribute("unique-identifier") = "book-id";
  package.append_attribute("xml:lang") = book.lang.c_str();
  package.append_attribute("dir") = book.direction.c_str();
  pugi::xml_node metadata = package.append_child("metadata");
  metadata.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  pugi::xml_node identifier = metadata.append_child("dc:identifier");
  identifier.append_attribute("id") = "book-id";
  identifier.text() = book.identifier.c_str();
  Element(metadata, "dc:title", book.title);
  Element(metadata, "dc:language", book.lang);
  Element(metadata, "dc:creator", book.creator);
  Element(metadata, "dc:description", book.description);
  Meta(metadata, "dcterms:modified", IsoUtcTimestamp(book.modified));
  AccessibilityMetadata(book, metadata);

  pugi::xml_node manifest = package.append_child("manifest");
  auto item = [&](const std::string& id, const std::string& href, const char* type) {
    pugi::xml_node node = manifest.append_child("item");
    node.append_attribute("id") = id.c_str();
    node.append_attribute("href") = EncodeUrlPath(href).c_str();
    node.append_attribute("media-type") = type;
    return node;
  };
  item("nav", "nav.xhtml", "application/xhtml+xml").append_attribute("properties") = "nav";
  item("style", "charterc.css", "text/css");
  int image_number = 0;
  for (const auto& [path, image] : Images(book)) {
    item("image-" + std::to_string(++image_number), path, image->media_type.c_str());
  }
  pugi::xml_node spine = package.append_child("spine");
  if (book.direction == "rtl") spine.append_attribute("page-progression-direction") = "rtl";
  for (size_t i = 0; i < book.chapters.size(); ++i) {
    std::string id = "chapter-" + std::to_string(i + 1);
    item(id, book.chapters[i].file, "application/xhtml+xml");
    spine.append_child("itemref").append_attribute("idref") = id.c_str();
  }
  return Serialise(xml);
}

// A list of headings nested by level, as the navigation document needs.
void AppendHeadings(pugi::xml_node item, const EpubChapter& chapter) {
  std::vector<std::pair<int, pugi::xml_node>> open;  // level -> its <ol>
  for (const EpubHeading& heading : chapter.headings) {
    while (!open.empty() && open.back().first > heading.level) open.pop_back();
    if (open.empty() || open.back().first < heading.level) {
      // Under the last entry one level up (or the chapter's own entry),
      // which takes one list only.
      pugi::xml_node parent = open.empty() ? item : open.back().second.last_child();
      pugi::xml_node list = parent.child("ol");
      open.emplace_back(heading.level, list ? list : parent.append_child("ol"));
    }
    pugi::xml_node link = open.back().second.append_child("li").append_child("a");
    link.append_attribute("href") = (EncodeUrlPath(chapter.file) + OutputLayout::FragmentHref(heading.id)).c_str();
    link.text() = heading.text.c_str();
  }
}

std::string Navigation(const EpubBook& book) {
  pugi::xml_document xml;
  pugi::xml_node nav = StartXhtml(xml, book.lang, book.direction, book.title).append_child("nav");
  nav.append_attribute("epub:type") = "toc";
  nav.append_attribute("id") = "toc";
  nav.append_child("h1").text() = book.contents_label.c_str();
  pugi::xml_node list = nav.append_child("ol");
  for (const EpubChapter& chapter : book.chapters) {
    pugi::xml_node item = list.append_child("li");
    pugi::xml_node link = item.append_child("a");
    link.append_attribute("href") = EncodeUrlPath(chapter.file).c_str();
    link.text() = chapter.title.c_str();
    AppendHeadings(item, chapter);
  }
  return Serialise(xml);
}

}  // namespace

pugi::xml_node StartXhtml(pugi::xml_document& xml, const std::string& lang, const std::string& direction,
                          const std::string& title) {
  AddDeclaration(xml);
  xml.append_child(pugi::node_doctype).set_value("html");
  pugi::xml_node html = xml.append_child("html");
  html.append_attribute("xmlns") = kXhtmlNamespace;
  html.append_attribute("xmlns:epub") = kOpsNamespace;
  html.append_attribute("lang") = lang.c_str();
  html.append_attribute("xml:lang") = lang.c_str();
  html.append_attribute("dir") = direction.c_str();
  pugi::xml_node head = html.append_child("head");
  head.append_child("meta").append_attribute("charset") = "utf-8";
  AddContentPolicy(head, kPagePolicy);
  head.append_child("title").text() = title.c_str();
  pugi::xml_node style = head.append_child("link");
  style.append_attribute("rel") = "stylesheet";
  style.append_attribute("href") = "charterc.css";
  return html.append_child("body");
}

std::string BuildEpub(const EpubBook& book, std::string* error) {
  std::vector<ZipEntry> entries = {
      {"mimetype", "application/epub+zip", true},
      {"META-INF/container.xml", Container()},
      {"EPUB/package.opf", Package(book)},
      {"EPUB/nav.xhtml", Navigation(book)},
      {"EPUB/charterc.css", book.stylesheet},
  };
  for (const EpubChapter& chapter : book.chapters) entries.push_back({"EPUB/" + chapter.file, chapter.xhtml});
  for (const auto& [path, image] : Images(book)) entries.push_back({"EPUB/" + path, image->bytes});
  return BuildZip(entries, book.modified, error);
}

}  // namespace charterc
