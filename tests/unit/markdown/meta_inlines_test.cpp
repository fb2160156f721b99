#include <doctest/doctest.h>

#include "markdown/front_matter.h"
#include "markdown/meta_inlines.h"

using namespace charterc;

namespace {

struct Parsed {
  DocumentMeta meta;
  std::vector<Diagnostic> diagnostics;
};

Parsed Parse(const std::string& text) {
  SourceFile source("charters/doc.md", text);
  DiagnosticSink sink;
  Parsed parsed;
  ParseFrontMatter(source, SplitFrontMatter(source), &parsed.meta, sink);
  ParseMetaInlines(source, &parsed.meta, sink);
  parsed.diagnostics = sink.Sorted();
  return parsed;
}

const Inline* FindKind(const std::vector<Inline>& inlines, InlineKind kind) {
  for (const Inline& node : inlines) {
    if (node.kind == kind) return &node;
    if (const Inline* inside = FindKind(node.children, kind)) return inside;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a title is read as Markdown inlines; its plain text keeps facts as {{ name }}") {
  Parsed parsed = Parse("---\ntitle: Our *promises* within {{ reply.email }}\n---\n");
  const std::vector<Inline>& title = parsed.meta.title_inlines;
  REQUIRE(title.size() == 4);
  CHECK(title[1].kind == InlineKind::Emphasis);
  CHECK(title[3].kind == InlineKind::Fact);
  CHECK(title[3].text == "reply.email");
  CHECK(parsed.meta.title == "Our promises within {{ reply.email }}");
  CHECK(parsed.diagnostics.empty());
}

TEST_CASE("a fact or link in the front matter is placed on its line and column") {
  // Column 23 is the "{{" of a plain value; a link is placed at its
  // address, here inside a quoted value (column 19).
  Parsed parsed = Parse("---\ntitle: Replies within {{ reply.email }}\nsummary: \"[Rules](loans.md) apply\"\n---\n");
  const Inline* fact = FindKind(parsed.meta.title_inlines, InlineKind::Fact);
  REQUIRE(fact != nullptr);
  CHECK(fact->location.file == "charters/doc.md");
  CHECK(fact->location.line == 2);
  CHECK(fact->location.column == 23);
  const Inline* link = FindKind(parsed.meta.summary_inlines, InlineKind::Link);
  REQUIRE(link != nullptr);
  CHECK(link->location.line == 3);
  CHECK(link->location.column == 19);
}

TEST_CASE("a value written over several lines places its facts at the value's start") {
  Parsed parsed = Parse("---\nsummary: >\n  Replies within\n  {{ reply.email }}\ntitle: T\n---\n");
  const Inline* fact = FindKind(parsed.meta.summary_inlines, InlineKind::Fact);
  REQUIRE(fact != nullptr);
  CHECK(fact->location.line == parsed.meta.locations.at("summary").line);
  CHECK(fact->location.column == parsed.meta.locations.at("summary").column);
}

TEST_CASE("a value that would open a block is still one paragraph of text") {
  for (const std::string& title : {"1. Introduction", "2) Second", "# Not a heading", "- draft", "+ plus", "> quote",
                                   "* star", "***", "===", "```", "~~~", "[label]: target"}) {
    CAPTURE(title);
    Parsed parsed = Parse("---\ntitle: '" + title + "'\n---\n");
    CHECK(parsed.meta.title == title);
  }
  // Emphasis at the start is not a list marker.
  CHECK(Parse("---\ntitle: '*Our* charter'\n---\n").meta.title_inlines[0].kind == InlineKind::Emphasis);
}

TEST_CASE("an escaped list marker does not move the columns after it") {
  Parsed parsed = Parse("---\ntitle: 2026. Replies in {{ days }}\n---\n");
  CHECK(parsed.meta.title == "2026. Replies in {{ days }}");
  const Inline* fact = FindKind(parsed.meta.title_inlines, InlineKind::Fact);
  REQUIRE(fact != nullptr);
  CHECK(fact->location.column == 25);
}

TEST_CASE("raw HTML in a title is reported at the title's line") {
  Parsed parsed = Parse("---\ntitle: A <b>bold</b> title\n---\n");
  REQUIRE(!parsed.diagnostics.empty());
  CHECK(parsed.diagnostics[0].location.line == 2);
  CHECK(parsed.diagnostics[0].location.column == 10);
}
