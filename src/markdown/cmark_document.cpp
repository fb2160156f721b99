#include "markdown/cmark_document.h"

#include <cmark-gfm-core-extensions.h>

#include <mutex>

namespace charterc {

namespace {

struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};

}  // namespace

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
