#include "markdown/cmark_document.h"

#include <cmark-gfm-core-extensions.h>

#include <algorithm>
#include <mutex>

namespace charterc {

namespace {

struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};

}  // namespace

LineSpan BlockLines(cmark_node* node) {
  LineSpan span{cmark_node_get_start_line(node), cmark_node_get_end_line(node)};
  if (span.first <= 0 || span.last < span.first) {
    int breaks = 0;
    for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
      cmark_node_type type = cmark_node_get_type(child);
      if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) ++breaks;
    }
    // The table that follows claims the paragraph's first line as its own.
    cmark_node* next = cmark_node_next(node);
    span.first = std::max(1, next ? cmark_node_get_start_line(next) : 1);
    span.last = span.first + breaks;
    return span;
  }
  // An end at column 0 is the end of the line before (seen after tables).
  if (cmark_node_get_end_column(node) == 0 && span.last > span.first) span.last -= 1;
  if (cmark_node_get_type(node) == CMARK_NODE_HEADING && span.last > span.first) span.last -= 1;  // setext
  return span;
}

CmarkDocument ParseWithCmark(std::string_view text) {
  // Registration fills a process-wide list that is not thread-safe, so it
  // happens exactly once, before the first lookup.
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"}) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
  }
  cmark_parser_feed(parser.get(), text.data(), text.size());
  return CmarkDocument(cmark_parser_finish(parser.get()));
}

}  // namespace charterc
