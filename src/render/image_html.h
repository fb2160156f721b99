#pragma once
// An image of the model (InlineKind::Image) as HTML, in every output: an
// <img> with the alt text from the Markdown (alt="" for an image marked
// {.decorative}), its address depending on the output (ImageLinks): the
// content-hashed copy in out/images/, the copy inside a book, or a data:
// address in the page Chromium prints. An image that is not published (a
// remote one not allowed, a file that failed its checks) is shown as its
// alt text. SVG is always referenced through <img>, never inlined, so
// nothing in it can run in the page.

#include <string>
#include <vector>

#include <pugixml.hpp>

#include "render/render_context.h"

namespace charterc {

// The project file the image shows, if it is published; null for a
// remote image or one that failed its checks.
const ImageFile* ImageFileOf(const RenderContext& context, const Inline& image);

// Appends `image` to `parent` as <img>; false (nothing appended) when
// this output does not show it, and the alt text stands in its place.
// `page`: the path under the output folder the <img> is in, for the site.
bool AppendImage(const RenderContext& context, const Inline& image, const std::string& page, pugi::xml_node parent);

// Every published image file `doc` shows, once each, in path order: what
// a book packs (WebP excepted: EPUB 3.2 readers need not show it).
std::vector<const ImageFile*> ImagesShownIn(const Project& project, const Document& doc, ImageLinks links);

// The folder of a book's images, relative to its chapters: "images/".
std::string BookImagePath(const ImageFile& file);

}  // namespace charterc
