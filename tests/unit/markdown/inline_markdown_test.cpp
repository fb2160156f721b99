#include <doctest/doctest.h>

#include "base/file_system.h"
#include "markdown/inline_markdown.h"
#include "project/project_loader.h"
#include "translation/unit.h"

using namespace charterc;

namespace {

Inline Text(const std::string& text) { return Inline{InlineKind::Text, text, {}, {}, {}}; }
Inline Node(InlineKind kind, const std::string& text, std::vector<Inline> children = {}) {
  return Inline{kind, text, {}, std::move(children), {}};
}

// The structure of inlines as one string, locations left out.
std::string Shape(const std::vector<Inline>& inlines) {
  std::string shape;
  for (const Inline& item : inlines) {
    shape += "(" + std::to_string(static_cast<int>(item.kind)) + ":" + item.text + "|" + item.title + Shape(item.children) + ")";
  }
  return shape;
}

std::vector<Inline> Parse(const std::string& markdown) {
  DiagnosticSink sink;
  std::vector<Inline> inlines = ParseInlineMarkdown("t.po", markdown, 1, sink);
  CHECK(sink.Sorted().empty());
  return inlines;
}

}  // namespace

TEST_CASE("text that looks like Markdown syntax is escaped and reads back as text") {
  for (const std::string& text :
       {"1. not a list", "2) nor this", "# not a heading", "- not an item", "+ nor this", "> not a quote",
        "*stars* and _underscores_", "[brackets](not-a-link)", "<b>not html</b>", "&amp; stays literal",
        "a \\ backslash", "~~not struck~~", "a | pipe", "{not a fact} and {#not-an-id}", "100% and 20!"}) {
    CAPTURE(text);
    std::vector<Inline> inlines = {Text(text)};
    CHECK(Shape(Parse(InlinesToMarkdown(inlines))) == Shape(inlines));
  }
}

TEST_CASE("formatting, links, facts and code read back as the same inlines") {
  std::vector<Inline> inlines = {
      Text("Reply within "), Node(InlineKind::Fact, "reply.email"), Text(", see "),
      Node(InlineKind::Link, "https://x.example/rules_(2024)", {Text("the "), Node(InlineKind::Emphasis, "", {Text("rules")})}),
      Text(" or "), Node(InlineKind::Link, "mailto:help@x.example", {Text("help@x.example")}), Text(": "),
      Node(InlineKind::Strong, "", {Text("bold")}), Text(" "), Node(InlineKind::Code, "a `tick`"), Text(" "),
      Node(InlineKind::Strikethrough, "", {Text("old")}), Node(InlineKind::LineBreak, ""), Text("next line")};
  std::string markdown = InlinesToMarkdown(inlines);
  CHECK(markdown.find("<help@x.example>") != std::string::npos);  // an address shown as itself is an autolink
  CHECK(Shape(Parse(markdown)) == Shape(inlines));
}

TEST_CASE("a link title survives, quotes included") {
  Inline link = Node(InlineKind::Link, "https://x.example/", {Text("site")});
  link.title = "The \"main\" site";
  CHECK(Shape(Parse(InlinesToMarkdown({link}))) == Shape({link}));
}

TEST_CASE("soft breaks become spaces: an entry is one line") {
  std::vector<Inline> inlines = {Text("one"), Node(InlineKind::SoftBreak, ""), Text("two")};
  CHECK(InlinesToMarkdown(inlines) == "one two");
}

TEST_CASE("diagnostics point at the line given") {
  DiagnosticSink sink;
  ParseInlineMarkdown("t.po", "Call <b>us</b>", 12, sink);
  std::vector<Diagnostic> diagnostics = sink.Sorted();
  REQUIRE_FALSE(diagnostics.empty());
  for (const Diagnostic& diagnostic : diagnostics) {
    CHECK(diagnostic.code == DiagCode::W0602);
    CHECK(diagnostic.location.file == "t.po");
    CHECK(diagnostic.location.line == 12);
  }
}

TEST_CASE("every unit of the sample charters survives the trip through Markdown") {
  RealFileSystem fs;
  DiagnosticSink sink;
  LoadedProject loaded = LoadProject(fs, CHARTERC_SOURCE_DIR, sink);
  size_t units = 0;
  for (const Document& doc : loaded.project.documents) {
    for (const Unit& unit : SegmentDocument(doc)) {
      CAPTURE(unit.id);
      std::vector<Inline> expected = unit.inlines;
      // One line: soft breaks are written as spaces, so compare them as spaces.
      std::string markdown = InlinesToMarkdown(expected);
      std::vector<Inline> back = Parse(markdown);
      ++units;
      if (IsFrontMatter(unit.kind)) {
        // Read back as plain text (see po_reader.cpp), so an email address
        // that Markdown would autolink comes back as it was written.
        CHECK(PlainText(back) == unit.text);
        continue;
      }
      CHECK(PlainText(back) == PlainText(Parse(InlinesToMarkdown(back))));
      CHECK(InlinesToMarkdown(back) == markdown);
    }
  }
  CHECK(units > 100);
}
