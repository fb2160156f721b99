#pragma once
// "Other formats: PDF (212 kB) · Large print PDF (230 kB) · EPUB (18 kB) ·
// Plain text (9 kB)": on each page, a link to every other edition of the
// document in its language that the build made, with its size in the
// page's language, so readers know what they download.

#include <cstdint>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "output/output_layout.h"
#include "render/render_context.h"

namespace charterc {

struct FormatLink {
  OutputFormat format;
  std::string path;  // relative to the output folder
  uint64_t bytes = 0;
};

// Appends the list to `parent`; nothing when `links` is empty.
void AppendFormatLinks(const RenderContext& context, const std::vector<FormatLink>& links, pugi::xml_node parent);

// `bytes` as the page's language writes a file size ("212 kB", "١٫٢ م.ب").
std::string FormatFileSize(uint64_t bytes, const icu::Locale& locale);

}  // namespace charterc
