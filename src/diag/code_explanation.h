#pragma once
// `charterc codes E0901`: one code explained, with the text of its section in
// docs/diagnostics.md, which is compiled into the binary so the explanation
// matches the build and needs no network.

#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace charterc {

// The anchor of the code's heading as GitHub makes it: "e0901-commitment-vague".
std::string CodeDocAnchor(const DiagCodeInfo& info);

// The body of the code's section in `markdown` (from "## E0901
// commitment-vague" to the next level-2 heading outside a fenced block),
// without the heading and surrounding blank lines; empty when there is none.
std::string CodeDocSection(std::string_view markdown, const DiagCodeInfo& info);

// The code, its severity, kind, name and summary, then the section (Markdown,
// as written), then where to read it online. `docs` is diagnostics.md.
std::string ExplainCode(const DiagCodeInfo& info, std::string_view docs);

}  // namespace charterc
