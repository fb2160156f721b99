#pragma once
// A document's title and summary as every format shows them, from the
// inlines the Markdown stage read (markdown/meta_inlines.h): facts are
// formatted for the output's language exactly as in the body; links keep
// their target in HTML and are their text elsewhere. Every renderer goes
// through these two functions, never through DocumentMeta::title itself.

#include <string>
#include <vector>

#include <pugixml.hpp>

#include "render/render_context.h"

namespace charterc {

// Plain text: <title>, link texts, navigation, EPUB and PDF metadata,
// .txt editions, JSON.
std::string MetaText(const Project& project, const UiStrings& strings, const std::vector<Inline>& inlines);

// HTML: the inlines appended to `parent` as the body shows inlines (facts
// in their span, links rewritten to the generated pages).
void AppendMetaHtml(const RenderContext& context, const std::vector<Inline>& inlines, pugi::xml_node parent);

// The title's and summary's inlines. A document made without the Markdown
// stage (a test's, a tool's) has only the plain text: one text inline.
std::vector<Inline> TitleInlines(const DocumentMeta& meta);
std::vector<Inline> SummaryInlines(const DocumentMeta& meta);

// MetaText of a document's title and summary.
std::string TitleText(const Project& project, const UiStrings& strings, const Document& doc);
std::string SummaryText(const Project& project, const UiStrings& strings, const Document& doc);
// ... in the language of the context (the page being rendered).
std::string TitleText(const RenderContext& context, const Document& doc);
std::string SummaryText(const RenderContext& context, const Document& doc);

}  // namespace charterc
