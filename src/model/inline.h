#pragma once
// Inline content of the charter model: what a paragraph is made of. Built by
// the Markdown stage, walked by every renderer. Holds no cmark types.

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
};

struct Inline {
  InlineKind kind = InlineKind::Text;
  std::string text;
  std::string title;
  std::vector<Inline> children;
  SourceLocation location;  // set for facts and links, which are checked later
};

// Plain text of inlines (facts shown as {{ name }}), for ids and messages.
std::string PlainText(const std::vector<Inline>& inlines);

}  // namespace charterc
