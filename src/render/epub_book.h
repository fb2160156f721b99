#pragma once
// EPUB 3 packaging: the container, the package document with its metadata
// (accessibility set included), the navigation document and the spine,
// zipped with the mimetype first and stored. The chapters' XHTML comes from
// render/epub_edition.

#include <ctime>
#include <string>
#include <vector>

#include <pugixml.hpp>

namespace charterc {

struct EpubHeading {
  int level = 2;  // 2..6, as in the chapter
  std::string id;
  std::string text;
};

// An image a chapter shows, packed beside the chapters.
struct EpubImage {
  std::string path;        // relative to the chapters: "images/logo-<hash>.png"
  std::string media_type;  // "image/png"
  std::string bytes;
};

struct EpubChapter {
  std::string file;   // "charter.xhtml"
  std::string title;
  std::string xhtml;  // a complete XHTML document
  std::vector<EpubHeading> headings;
  std::vector<EpubImage> images;
};

struct EpubBook {
  std::string identifier;  // stable across builds: a URL or URN
  std::string title;
  std::string lang;        // BCP 47
  std::string direction;   // "ltr" or "rtl"
  std::string creator;     // the owner, when known
  std::string description;
  std::string contents_label;  // the navigation's heading, in the book's language
  std::string accessibility_summary;
  // Who stands behind the conformance claim (a11y:certifiedBy); empty: the
  // book makes no claim of EPUB Accessibility 1.1 / WCAG 2.2 AA.
  std::string certified_by;
  std::time_t modified = 0;
  std::string stylesheet;  // shipped as charterc.css
  std::vector<EpubChapter> chapters;
};

// Starts an XHTML content document in `xml` (declaration, doctype, <html>
// with the XHTML and EPUB namespaces, language and direction, <head> with
// the title and the book's stylesheet) and returns its <body>.
pugi::xml_node StartXhtml(pugi::xml_document& xml, const std::string& lang, const std::string& direction,
                          const std::string& title);

// The .epub file's bytes; empty (with `error`) when zipping fails.
std::string BuildEpub(const EpubBook& book, std::string* error);

}  // namespace charterc
