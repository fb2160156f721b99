#pragma once
// Attribute blocks are not Markdown, so cmark-gfm would publish them as text
// (and even turn a URL inside one into a link). Before the real parse, each
// block that ends a paragraph or heading is swapped for a one-character
// marker that cmark passes through untouched; the converter then attaches the
// block's attributes where it meets the marker. Block structure is unchanged
// because the line keeps visible text, and columns before the block too.

#include <map>
#include <vector>
#include <string>
#include <string_view>

#include "base/source_file.h"
#include "diag/diagnostic_sink.h"
#include "markdown/attribute_block.h"

namespace charterc {

// U+FDD0: a Unicode noncharacter, set aside for exactly this kind of
// internal use, so it never collides with what an author wrote. It goes in
// after a space, which ends any autolink ("https://x{#id}") before it.
inline constexpr std::string_view kAttributeMarker = "\xEF\xB7\x90";

struct MarkedBody {
  std::string text;                              // the body with markers in place of blocks
  std::map<int, AttributeBlockMatch> by_line;    // file line -> the block that ended it
  // Blocks where none may sit (reported), as source byte offset and length:
  // cut from the text, so their notes reach no output.
  std::vector<std::pair<size_t, size_t>> stray;
};

// `body` is the Markdown after the front matter, whose first line is file
// line `line_offset + 1`. Blocks placed anywhere but at the end of a
// paragraph or heading are reported (E0301) and cut from the text.
MarkedBody MarkAttributeBlocks(const SourceFile& source, std::string_view body, int line_offset,
                               DiagnosticSink& sink);

}  // namespace charterc
