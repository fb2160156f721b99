#pragma once
// The page the browser prints to PDF: the document's own semantic HTML
// (AppendDocumentContent, as on the web and in EPUB) without the site
// around it, the theme's stylesheet inline (its @media print rules apply),
// and the @page rules only charterc can write: paper size, the document
// title as running header and "page X of Y" in the document's language
// and digits.

#include <string>

#include "render/render_context.h"
#include "render/theme.h"

namespace charterc {

struct PrintOptions {
  std::string paper = "A4";  // a CSS page size: "A4" or "letter"
  bool large_print = false;  // the theme's .large-print rules: 18pt body and up
};

std::string RenderPrintPage(const RenderContext& context, const Theme& theme, const PrintOptions& options);

// `text` as a quoted CSS string.
std::string CssString(const std::string& text);

// The CSS `content` value for the localised "page X of Y", the numbers as
// counters in the locale's digits.
std::string PageCounterContent(const UiStrings& strings);

}  // namespace charterc
