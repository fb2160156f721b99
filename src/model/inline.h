#pragma once
// Inline content of the charter model: what a paragraph is made of. Built by
// the Markdown stage, walked by every renderer. Holds no cmark types.

#include <functional>
#include <string>
#include <vector>

#include "base/source_location.h"

namespace charterc {

enum class InlineKind {
  Text,       // text: the characters
  Code,       // text: the code
  Emphasis,   // children
  Strong,     // children
  Strikethrough,
  Link,       // text: the URL (already checked safe); title; children
  SoftBreak,
  LineBreak,
  Fact,       // text: the fact's name, from {{ name }}
  Image,      // text: the address as written; title; children: the alt text (model/image.h)
};

struct Inline {
  InlineKind kind = InlineKind::Text;
  std::string text;
  std::string title;
  std::vector<Inline> children;
  SourceLocation location;  // set for facts, links and images, which are checked later
  // An image marked {.decorative}: it says nothing the text does not, so
  // it has no alt text and assistive technology skips it.
  bool decorative = false;
};

// Plain text of inlines, for ids, messages and the contents list. Facts are
// shown as {{ name }} unless `fact_text` turns a fact's name into its text.
using FactText = std::function<std::string(const std::string& name)>;
std::string PlainText(const std::vector<Inline>& inlines, const FactText& fact_text = nullptr);

}  // namespace charterc
