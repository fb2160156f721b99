#pragma once
// A bilingual edition: one page holding a document in two languages, block
// by block (editions share the source's structure, so the n-th block of one
// is the n-th block of the other). On screen the languages stand side by
// side; in print they alternate. The first language is the page's; each
// block of the second carries its own lang and dir, and its ids are
// prefixed with its language so they stay unique.

#include <string>

#include "render/render_context.h"
#include "render/theme.h"

namespace charterc {

// The page goes to OutputLayout::Bilingual (output/output_layout.h).
bool RenderBilingualPage(const RenderContext& first, const RenderContext& second, const Theme& theme,
                         std::string* html, std::string* error);

}  // namespace charterc
