#include "diag/diagnostic_printer.h"

#include <doctest/doctest.h>

#include <sstream>

#include "diag/code_explanation.h"

using namespace charterc;

TEST_CASE("text diagnostics in clang's colours, and plain without them") {
  SourceFile source("charters/a.md", "---\ntitle: A\n---\n\n- We reply promptly. {#reply}\n");
  Diagnostic d{DiagCode::W0905, Severity::Warning, source.LocationOf(source.text().find("promptly"), 8),
               "\"promptly\" has no measurable meaning", "drop the word"};
  auto lookup = [&](const std::string&) { return &source; };
  std::ostringstream plain, coloured;
  PrintDiagnosticsText({d}, lookup, plain);
  PrintDiagnosticsText({d}, lookup, coloured, true);
  // "- We reply " is 11 columns: the caret is in the 12th.
  CHECK(plain.str() ==
        "charters/a.md:5:12: warning[W0905]: \"promptly\" has no measurable meaning\n"
        "  5 | - We reply promptly. {#reply}\n"
        "    |            ^~~~~~~~\n"
        "  hint: drop the word\n");
  CHECK(coloured.str() ==
        "\x1b[1mcharters/a.md:5:12:\x1b[0m \x1b[1;33mwarning[W0905]\x1b[0m\x1b[1m: \"promptly\" has no measurable "
        "meaning\x1b[0m\n"
        "  5 | - We reply promptly. {#reply}\n"
        "    |            \x1b[1;32m^~~~~~~~\x1b[0m\n"
        "  \x1b[1;32mhint:\x1b[0m drop the word\n");
}

TEST_CASE("errors are red and notes cyan") {
  Diagnostic error{DiagCode::E0103, Severity::Error, SourceLocation{"charters"}, "no documents", ""};
  Diagnostic note{DiagCode::E0103, Severity::Note, SourceLocation{"charters"}, "no documents", ""};
  std::ostringstream out;
  PrintDiagnosticsText({error, note}, nullptr, out, true);
  CHECK(out.str().find("\x1b[1;31merror[E0103]\x1b[0m") != std::string::npos);
  CHECK(out.str().find("\x1b[1;36mnote[E0103]\x1b[0m") != std::string::npos);
}

TEST_CASE("a code's section ends at the next level-2 heading outside a code block") {
  const DiagCodeInfo& info = InfoOf(DiagCode::E0103);
  std::string docs =
      "# Diagnostics\n\n## E0103 no-documents\n\n**Error.** Text.\n\n```markdown\n## Not a heading here\n```\n\n"
      "More.\n\n## E0201 front-matter-syntax\n\nOther.\n";
  CHECK(CodeDocSection(docs, info) == "**Error.** Text.\n\n```markdown\n## Not a heading here\n```\n\nMore.");
  CHECK(CodeDocSection("## E0103 no-documents\nLast.\n", info) == "Last.");
  CHECK(CodeDocSection("## E0201 front-matter-syntax\nOther.\n", info).empty());
  CHECK(CodeDocAnchor(info) == "e0103-no-documents");
}
