#pragma once
// Embeddable fragments: out/fragments/<lang>/<doc>.html, the document's
// article alone (no <html>, <head>, site header or script), for web teams
// who put a charter into a page of their own site (a CMS, a portal). Every
// class and id starts with one prefix (charterc.yaml's fragment-prefix),
// so the host page's styles and scripts cannot meet it by accident; the
// root carries lang and dir and the root class "<prefix>-fragment", under
// which every rule of out/fragments/charterc-fragment.css is scoped.
// Links to other pages of the site are absolute (base-url) or rooted at
// the path prefix, as the fragment is read at the host page's address.

#include <string>

#include "output/output_layout.h"
#include "render/render_context.h"
#include "render/theme.h"

namespace charterc {

// The fragment of the page `context` renders, with `prefix` ("charterc").
std::string RenderFragment(const RenderContext& context, const std::string& prefix);

// The theme's fragment stylesheet with its "charterc-" class prefix and
// custom properties renamed for `prefix`.
std::string FragmentStylesheet(const Theme& theme, const std::string& prefix);

}  // namespace charterc
