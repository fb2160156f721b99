#pragma once
// What a document page tells search engines, link previews and other
// programs about itself, in its <head>: a description, Open Graph tags
// (title, description, site name, locale and its alternates, type, and the
// URL when the base URL is known), a canonical URL (base URL only), and
// JSON-LD structured data: a schema.org WebPage with its name,
// description, language, lastReviewed date, publisher (the owner) and the
// site it is part of. docs/web-teams.md says why WebPage.

#include <string>

#include "render/page_template.h"
#include "render/render_context.h"

namespace charterc {

void AddPageMetadata(const RenderContext& context, PageTemplate& page);

// The page's description as plain text: the summary with facts formatted,
// else "<type> – <owner>" (a page without one would get a search engine's
// guess).
std::string PageDescription(const RenderContext& context);

// The JSON-LD of the page (exposed for tests), without the <script> around it.
std::string PageJsonLd(const RenderContext& context);

}  // namespace charterc
