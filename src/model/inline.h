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
};

struct Inline {
  InlineKind kind = InlineKind::Text;
  std::string text;
  std::string title;
  std::vector<Inline> children;
  SourceLocation location;  // set for facts and links, which are checked later
};

// Plain text of inlines, for ids, messages and the contents list. Facts are
// shown as {{ name }} unless `fact_text` turns a fact's name into its text.
using FactText = std::function<std::string(const std::string& name)>;
std::string PlainText(const std::vector<Inline>& inlines, const FactText& fact_text = nullptr);

}  // namespace charterc
