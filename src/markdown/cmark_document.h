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

// Parses GitHub-flavoured Markdown: tables, strikethrough, autolinks, and the
// tagfilter that neutralises dangerous raw HTML.
CmarkDocument ParseWithCmark(std::string_view text);

}  // namespace charterc
