#pragma once
// A document as an EPUB chapter: the same semantic HTML as its web page
// (render/html_page's AppendDocumentContent), written as XHTML without the
// site around it, and its headings for the book's navigation. Links to
// pages outside the book become absolute when the project has a base_url,
// and plain text otherwise, so the book never points at a missing file.

#include <set>
#include <string>

#include "render/epub_book.h"
#include "render/render_context.h"

namespace charterc {

// `in_book`: names of the documents that are chapters of the same book.
EpubChapter RenderEpubChapter(const RenderContext& context, const std::set<std::string>& in_book);

}  // namespace charterc
