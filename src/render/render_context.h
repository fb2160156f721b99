#pragma once
// What a renderer needs to turn one document into one language's output.

#include <functional>
#include <string>
#include <vector>

#include "i18n/ui_strings.h"
#include "model/project.h"

namespace charterc {

// One language's edition of the document being rendered, for the language
// switcher and <link rel="alternate" hreflang>.
struct EditionLink {
  std::string lang;
  std::string href;  // relative to out/: "cy/charter.html"
};

// Where an output's images are (render/image_html.h).
enum class ImageLinks {
  Site,      // out/images/, linked from the page; allowed remote images by their address
  Book,      // images/ inside the EPUB; no remote images (a book is read offline)
  Embedded,  // in the page itself as data: addresses (the page Chromium prints)
};

struct RenderContext {
  const Project& project;
  const Document& document;
  const UiStrings& strings;  // the output language's UI strings and locale
  std::vector<EditionLink> editions = {};  // every language of this document, the source first
  ImageLinks images = ImageLinks::Site;
};

// Each language's UI strings, for pages that show several languages.
using StringsFor = std::function<const UiStrings&(const std::string& lang)>;

// The name of `lang` in the language of `strings` ("Welsh", "gallois").
std::string LanguageName(const std::string& lang, const UiStrings& strings);

// A fact's value formatted for the context's language; an undefined fact
// (already reported) stays visible as {{ name }}.
std::string FormattedFact(const RenderContext& context, const std::string& name);
std::string FormattedFact(const Project& project, const UiStrings& strings, const std::string& name);

// Plain text with every {{ name }} replaced by the fact's formatted value.
std::string WithFactsFormatted(const Project& project, const UiStrings& strings, const std::string& text);

}  // namespace charterc
