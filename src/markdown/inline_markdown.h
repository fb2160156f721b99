#pragma once
// Inline content as Markdown text, both ways, for translation files that
// carry one unit per entry (PO): a unit's inlines written as the Markdown a
// translator reads and edits ("Reply within {{ reply-days }} [working
// days](standards.md#days)"), and a translator's text read back with
// cmark-gfm exactly as a charter paragraph is.

#include <string>
#include <vector>

#include "diag/diagnostic_sink.h"
#include "model/inline.h"

namespace charterc {

// Markdown for `inlines` on one line: soft breaks become spaces, hard
// breaks a backslash and a newline; characters Markdown would read as
// syntax are escaped.
std::string InlinesToMarkdown(const std::vector<Inline>& inlines);

// Parses `text` as the inline content of one paragraph. Diagnostics (raw
// HTML, unsafe links) and inline locations point at `path`, with the text's
// first line at line `first_line`. Text that forms several blocks (a
// translator's blank line) is joined with line breaks.
std::vector<Inline> ParseInlineMarkdown(const std::string& path, const std::string& text, int first_line,
                                        DiagnosticSink& sink);

}  // namespace charterc
