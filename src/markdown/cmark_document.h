#pragma once
// Owning handles for cmark-gfm's parser output, shared by the Markdown
// stage's passes. Only files under src/markdown/ include this.

#include <cmark-gfm.h>

#include <memory>
#include <string_view>

namespace charterc {

struct CmarkNodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
using CmarkDocument = std::unique_ptr<cmark_node, CmarkNodeDeleter>;

// cmark's iterator walks a tree without recursion, whatever its depth.
struct CmarkIterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};
using CmarkIter = std::unique_ptr<cmark_iter, CmarkIterDeleter>;

// The first and last source line (1-based, of the parsed text) of a block.
// cmark-gfm loses the lines of a paragraph that a table follows directly
// (it reports 0); they are then worked out from the next block's start and
// the paragraph's own line breaks. A setext heading's underline is not
// counted: its last line is its text.
struct LineSpan {
  int first = 0;
  int last = 0;
};
LineSpan BlockLines(cmark_node* node);

// Parses GitHub-flavoured Markdown: tables, strikethrough, autolinks, and the
// tagfilter that neutralises dangerous raw HTML.
CmarkDocument ParseWithCmark(std::string_view text);

}  // namespace charterc
