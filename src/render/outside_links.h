#pragma once
// Links in a self-contained publication (an EPUB book, a printed PDF) to
// pages it does not contain. They cannot stay relative: they become
// absolute under the project's base_url, or plain text when it has none,
// so a reader never follows a link to a file that is not there.

#include <set>
#include <string>

#include <pugixml.hpp>

#include "render/render_context.h"

namespace charterc {

// Rewrites every relative link under `root`. Links to documents named in
// `included` stay inside the publication, as "<name><included_extension>".
void ResolveOutsideLinks(pugi::xml_node root, const RenderContext& context, const std::set<std::string>& included,
                         const std::string& included_extension);

}  // namespace charterc
