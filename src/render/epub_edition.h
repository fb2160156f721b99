#pragma once
// A document as an EPUB chapter: the same semantic HTML as its web page
// (render/html_page's AppendDocumentContent), written as XHTML without the
// site around it, and its headings for the book's navigation. Links to
// pages outside the book become absolute when the project has a base_url,
// and plain text otherwise, so the book never points at a missing file.

#include <optional>
#include <set>
#include <string>

#include "render/epub_book.h"
#include "render/render_context.h"

namespace charterc {

// `in_book`: names of the documents that are chapters of the same book.
EpubChapter RenderEpubChapter(const RenderContext& context, const std::set<std::string>& in_book);

// The chapter of document `name` as an earlier build wrote it into its own
// book (`epub`: that .epub's bytes), with its title and headings read back:
// a document withheld for an integrity error keeps its last good version in
// the language's collection. Nothing when the book cannot be read.
std::optional<EpubChapter> LastGoodChapter(const std::string& epub, const std::string& name);

}  // namespace charterc
