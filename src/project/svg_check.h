#pragma once
// SVG is a document format, not just a picture: it can hold scripts, event
// handlers, HTML (foreignObject) and references that make a reader's
// browser fetch other files. charterc publishes an SVG only when it holds
// none of these, and refuses it otherwise instead of rewriting it: a
// silently changed drawing is worse than a clear error. Pages reference an
// SVG with <img>, never inline, so even so nothing in it runs; the check
// is for readers who open the image's own address, where it would.

#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace charterc {

struct SvgProblem {
  DiagCode code;        // E1206 (unsafe content) or E1207 (not an SVG)
  std::string message;  // what was found, with its line in the SVG file
  std::string hint;
};

// Nothing when `bytes` is a well-formed SVG document (an <svg> root in the
// SVG namespace) without script, foreignObject or other embedded content,
// event-handler attributes, processing instructions, a DOCTYPE, or any
// reference (href, url(...), @import) that does not stay inside the file
// ("#id").
std::optional<SvgProblem> CheckSvg(std::string_view bytes);

}  // namespace charterc
