#pragma once
// Whole HTML pages: the theme's template filled with a document (or with the
// project's index), ready for the HTML5 writer.

#include <functional>
#include <set>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "render/format_links.h"
#include "render/render_context.h"
#include "render/theme.h"

namespace charterc {

// One written page of the index: a document in a language.
struct IndexEntry {
  const Document* document;
  std::string lang;
  std::string href;  // relative to out/
};

// Checks that the theme's template parses and has every slot; on failure
// fills `message` and the byte `offset` of the problem in the template.
bool CheckPageTemplate(const Theme& theme, std::string* message, size_t* offset);

// The document itself, as every HTML-based format shows it: type, title,
// summary, translation status, details, contents and body, appended to
// `main` (the page adds its site header, switcher and footer around it).
void AppendDocumentContent(const RenderContext& context, pugi::xml_node main);

// Renders out/<lang>/<doc>.html; false (with `error`) if the template is
// broken. `formats`: the document's other editions in this language that
// the build made, linked with their sizes (render/format_links.h).
bool RenderDocumentPage(const RenderContext& context, const Theme& theme, std::string* html, std::string* error,
                        const std::vector<FormatLink>& formats = {});

// Renders out/index.html listing `entries`, in the project's source
// language, with a link to the traceability page of each language in
// `traceability_langs` and to the "How we did" page of each in `results_langs`.
// `strings_for` gives each language's strings, for the facts in titles
// and summaries.
bool RenderIndexPage(const Project& project, const UiStrings& strings, const StringsFor& strings_for,
                     const Theme& theme, const std::vector<IndexEntry>& entries,
                     const std::set<std::string>& traceability_langs, std::string* html, std::string* error,
                     const std::set<std::string>& results_langs = {});

}  // namespace charterc
