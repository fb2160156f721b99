#pragma once
// The Markdown stage: the only place cmark-gfm is seen. It parses a
// document's body with cmark-gfm (table, strikethrough, autolink, tagfilter)
// and converts cmark's tree into the charter model's blocks and inlines,
// attaching attribute blocks and {{ fact }} placeholders on the way.

#include "base/source_file.h"
#include "diag/diagnostic_sink.h"
#include "markdown/front_matter.h"
#include "model/document.h"

namespace charterc {

// Fills doc->blocks from the Markdown after the front matter; raw HTML and
// links with unsafe schemes are dropped with a warning.
void ParseMarkdownBody(const SourceFile& source, const FrontMatterSplit& split, Document* doc,
                       DiagnosticSink& sink);

}  // namespace charterc
