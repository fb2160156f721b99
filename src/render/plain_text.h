#pragma once
// The plain-text edition of a document (out/<lang>/<doc>.txt), for email
// and for reading aloud: headings underlined, every commitment numbered
// and labelled in the page's language with its facts written out ("within
// 2 working days"), link addresses gathered as numbered notes at the end,
// paragraphs wrapped at 72 columns by ICU's line breaking.

#include <string>

#include "render/render_context.h"

namespace charterc {

inline constexpr int kPlainTextWidth = 72;

std::string RenderPlainText(const RenderContext& context);

}  // namespace charterc
