#pragma once
// The HTML handler of the model walk: a document's blocks as DOM elements.
// Commitments become elements with their id as a stable anchor and a
// visible permalink; facts are formatted for the page's language; links
// between charter documents point at the generated pages.

#include <string>
#include <vector>

#include <pugixml.hpp>

#include "render/render_context.h"

namespace charterc {

// Appends the document body (everything after the title) to `parent`.
void RenderHtmlBody(const RenderContext& context, pugi::xml_node parent);

// Appends `blocks` (some of the context's document); every id, and the
// permalink to it, starts with `id_prefix`.
void RenderHtmlBlocks(const RenderContext& context, const std::vector<Block>& blocks, pugi::xml_node parent,
                      const std::string& id_prefix = {});

// Appends `inlines` (a title's or summary's, see render/meta_text.h) as
// the body shows inlines.
void RenderHtmlInlines(const RenderContext& context, const std::vector<Inline>& inlines, pugi::xml_node parent);

// "standards.md#x" -> "standards.html#x"; other URLs are returned unchanged.
std::string HtmlHref(const std::string& url);

}  // namespace charterc
