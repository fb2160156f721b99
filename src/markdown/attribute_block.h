#pragma once
// Attribute blocks {#id key="value" key=value} at the end of a line, in the
// style of Pandoc and kramdown. This tiny grammar has no packaged parser, so
// it lives here; everything else about Markdown is cmark-gfm's job.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/attributes.h"

namespace charterc {

struct AttributeBlockMatch {
  size_t offset = 0;  // byte offset of '{' in the line
  // One past its '}'; for a malformed block, the end of the line where
  // reading it failed (so a cut takes every note it may hold).
  size_t end = 0;
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

// Every other '{' in `line` that starts like an attribute
// block ("{#id", "{.class", "{key="), outside code spans and not escaped
// ("\{#id"): blocks where none is allowed (mid-line, inside emphasis or a
// link), whose text would otherwise be published. `trailing`: the offset of
// the line's own trailing block, skipped (npos when none).
// Each as (offset, length) up to its '}' (the rest of the line if unclosed).
std::vector<std::pair<size_t, size_t>> FindStrayAttributeBlocks(std::string_view line, size_t trailing);

// Every '{' in `text` that starts like an attribute block (as above), read
// whole. `text` may hold several lines joined by '\n' (a paragraph): a
// block is read across them, so one wrapped over two lines is found whole
// and can be reported (E1502). In order, not overlapping.
std::vector<AttributeBlockMatch> FindAttributeBlocks(std::string_view text);

// Whether only spaces follow byte `from` of `text` up to its end or its next
// '\n': ASCII spaces and tabs, and the Unicode spaces an editor does not
// show apart (no-break, ideographic, zero-width...), so a block followed by
// one still ends its line.
bool OnlySpacesToLineEnd(std::string_view text, size_t from);

// Whether the '{' at `open` starts like an attribute block ("{#id",
// "{.class", "{key=").
bool LooksLikeAttributeBlockAt(std::string_view text, size_t open);

// The one block an image takes, written right after it on one line:
// "{.decorative}" at `open`, just after an image's ')' or a reference
// image's ']'. Only this exact text is exempt from the block grammar, so
// nothing else (a note for assessors, a block wrapped over two lines) can
// pass as an image's block.
constexpr std::string_view kDecorativeMark = "{.decorative}";
bool IsDecorativeMarkAt(std::string_view text, size_t open);

// The attribute block whose '{' is at `open` (an image's, which follows it
// directly: ![](rule.svg){.decorative}); `end` is set past its '}'. The
// match carries an error when the block is malformed.
AttributeBlockMatch ParseAttributeBlockAt(std::string_view text, size_t open, size_t* end);

}  // namespace charterc
