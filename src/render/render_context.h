#pragma once
// What a renderer needs to turn one document into one language's output.

#include "i18n/ui_strings.h"
#include "model/project.h"

namespace charterc {

struct RenderContext {
  const Project& project;
  const Document& document;
  const UiStrings& strings;  // the output language's UI strings and locale
};

// A fact's value formatted for the context's language; an undefined fact
// (already reported) stays visible as {{ name }}.
std::string FormattedFact(const RenderContext& context, const std::string& name);

// Plain text with every {{ name }} replaced by the fact's formatted value.
std::string WithFactsFormatted(const Project& project, const UiStrings& strings, const std::string& text);

}  // namespace charterc
