#pragma once
// The front matter's title and summary read as Markdown inlines, exactly as
// a paragraph of the body is (emphasis, code, links, {{ facts }}), so facts
// and links in them are checked and rendered once for every format.
//
// A value is one paragraph whatever it starts with: "1. Introduction" or
// "- draft" stays text instead of becoming a list. Inline locations (facts,
// links) and the Markdown stage's diagnostics point at the value in the
// front matter: at the exact column when the value is written on one line
// as it reads (plain or quoted without escapes), else at the value's start.

#include "base/source_file.h"
#include "diag/diagnostic_sink.h"
#include "model/document.h"

namespace charterc {

// Fills meta->title_inlines and summary_inlines from meta->title and
// summary (as the front matter reader found them), and sets title and
// summary to their plain text (facts as {{ name }}).
void ParseMetaInlines(const SourceFile& source, DocumentMeta* meta, DiagnosticSink& sink);

// A front-matter value as the text of one Markdown paragraph: a line that
// would open a block (heading, quote, list, fence, thematic break) has
// that marker escaped. `escaped_column`, if given, receives the 1-based
// column of the first line where a backslash was inserted (0: none).
std::string AsParagraphMarkdown(const std::string& value, int* escaped_column = nullptr);

}  // namespace charterc
