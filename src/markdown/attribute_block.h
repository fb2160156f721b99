#pragma once
// Attribute blocks {#id key="value" key=value} at the end of a line, in the
// style of Pandoc and kramdown. This tiny grammar has no packaged parser, so
// it lives here; everything else about Markdown is cmark-gfm's job.

#include <optional>
#include <string>
#include <string_view>

#include "model/attributes.h"

namespace charterc {

struct AttributeBlockMatch {
  size_t offset = 0;  // byte offset of '{' in the line
  Attributes attributes;
  // Set when the block is malformed: what is wrong, at which byte of the line.
  std::optional<std::string> error;
  size_t error_offset = 0;
  std::string hint;
};

// Finds an attribute block that ends `line` (only spaces may follow it).
// Text such as "{{ fact }}" or "{braces}" that does not look like an
// attribute block is left alone (nothing is returned).
std::optional<AttributeBlockMatch> FindTrailingAttributeBlock(std::string_view line);

}  // namespace charterc
