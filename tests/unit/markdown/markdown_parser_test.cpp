#include <doctest/doctest.h>

#include "markdown/markdown_parser.h"
#include "model/document_index.h"

using namespace charterc;

namespace {

Document ParseBody(const std::string& text, DiagnosticSink& sink) {
  SourceFile source("doc.md", text);
  Document doc;
  doc.path = "doc.md";
  FrontMatterSplit split = SplitFrontMatter(source);
  ParseMarkdownBody(source, split, &doc, sink);
  IndexDocument(source, &doc, sink);
  return doc;
}

}  // namespace

TEST_CASE("a list item ending in an attribute block becomes a commitment") {
  DiagnosticSink sink;
  Document doc = ParseBody(
      "---\ntitle: T\n---\n## Contact {#contact}\n\n- We answer in {{ reply }}. {#email refs=\"cse:5.1.1 #contact\"}\n",
      sink);
  CHECK(sink.Sorted().empty());
  REQUIRE(doc.commitments.size() == 1);
  const Commitment& commitment = doc.commitments[0];
  CHECK(commitment.id == "email");
  CHECK(commitment.text == "We answer in {{ reply }}.");
  CHECK(commitment.section_id == "contact");
  CHECK(commitment.location.line == 6);
  CHECK(commitment.location.column == 1);
  REQUIRE(commitment.refs.size() == 2);
  CHECK(commitment.refs[0].kind == Ref::Kind::Criterion);
  CHECK(commitment.refs[1].kind == Ref::Kind::Local);
  CHECK(commitment.refs[1].location.column == 53);
}

TEST_CASE("the attribute block never reaches the rendered inlines") {
  DiagnosticSink sink;
  Document doc = ParseBody("We answer letters in 5 days. {#letters}\n", sink);
  REQUIRE(doc.blocks.size() == 1);
  CHECK(PlainText(doc.blocks[0].inlines) == "We answer letters in 5 days.");
}

TEST_CASE("facts become their own inlines with positions") {
  DiagnosticSink sink;
  Document doc = ParseBody("Loans last {{ loan.standard }} here.\n", sink);
  const auto& inlines = doc.blocks[0].inlines;
  REQUIRE(inlines.size() == 3);
  CHECK(inlines[1].kind == InlineKind::Fact);
  CHECK(inlines[1].text == "loan.standard");
  CHECK(inlines[1].location.column == 12);
}

TEST_CASE("raw HTML is dropped with a warning") {
  DiagnosticSink sink;
  Document doc = ParseBody("<script>alert(1)</script>\n\nText <b>bold</b>.\n", sink);
  auto diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() == 3);
  CHECK(diagnostics[0].code == DiagCode::W0602);
  CHECK(doc.blocks.size() == 1);
  CHECK(PlainText(doc.blocks[0].inlines) == "Text bold.");
}

TEST_CASE("unsafe links are dropped, their text kept") {
  DiagnosticSink sink;
  Document doc = ParseBody("[Click](javascript:alert(1)) and [mail](mailto:a@b.c)\n", sink);
  auto diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagCode::W0601);
  const auto& inlines = doc.blocks[0].inlines;
  CHECK(inlines[0].kind == InlineKind::Text);
  CHECK(inlines[0].text == "Click and ");
  CHECK(inlines[1].kind == InlineKind::Link);
}

TEST_CASE("tables keep header rows and alignments") {
  DiagnosticSink sink;
  Document doc = ParseBody("| A | B |\n|:--|--:|\n| 1 | 2 |\n", sink);
  REQUIRE(doc.blocks.size() == 1);
  const Block& table = doc.blocks[0];
  CHECK(table.kind == BlockKind::Table);
  CHECK(table.alignments == std::vector<CellAlign>{CellAlign::Left, CellAlign::Right});
  REQUIRE(table.children.size() == 2);
  CHECK(table.children[0].header);
  CHECK_FALSE(table.children[1].header);
}

TEST_CASE("headings get ids and never skip levels") {
  DiagnosticSink sink;
  Document doc = ParseBody("## When you contact us\n\n#### Deep\n\n## Contact {#contact}\n\n## Contact\n", sink);
  REQUIRE(doc.sections.size() == 4);
  CHECK(doc.sections[0].id == "when-you-contact-us");
  CHECK(doc.sections[1].level == 3);
  CHECK(doc.sections[2].id == "contact");
  CHECK(doc.sections[3].id == "contact-2");
  auto diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagCode::W0304);
}

TEST_CASE("duplicate ids are errors that name the first use") {
  DiagnosticSink sink;
  ParseBody("- A {#x}\n- B {#x}\n", sink);
  auto diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagCode::E0302);
  CHECK(diagnostics[0].message == "id 'x' is already used at line 1");
  CHECK(diagnostics[0].location.line == 2);
}

TEST_CASE("hostile nesting is capped, reported once and keeps its text") {
  DiagnosticSink sink;
  // Deep enough to overflow the stack of a recursive converter.
  std::string quotes(100000, '>');
  std::string emphasis;
  for (int i = 0; i < 20000; ++i) emphasis += "*a ";
  Document doc = ParseBody(quotes + " deep\n\n" + emphasis + "\n", sink);
  auto diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagCode::W0308);
  const Block* block = &doc.blocks.at(0);
  int depth = 0;
  while (block->kind == BlockKind::BlockQuote) {
    block = &block->children.at(0);
    ++depth;
  }
  CHECK(depth < 50);
  CHECK(PlainText(block->inlines) == "deep");
}

TEST_CASE("an attribute block's value may hold braces and URLs without leaking into the text") {
  DiagnosticSink sink;
  Document doc = ParseBody("- Within {2} days. {#a target=\"within {2} days\" evidence=\"https://example.com/x\"}\n", sink);
  CHECK(sink.Sorted().empty());
  REQUIRE(doc.commitments.size() == 1);
  CHECK(doc.commitments[0].text == "Within {2} days.");
  CHECK(doc.commitments[0].target == "within {2} days");
}

TEST_CASE("a block on a line of its own keeps the list tight and the text whole") {
  DiagnosticSink sink;
  Document doc = ParseBody("- We answer\n  in 2 days.\n  {#a}\n- Next {#b}\n", sink);
  CHECK(sink.Sorted().empty());
  REQUIRE(doc.blocks.size() == 1);
  CHECK(doc.blocks[0].tight);
  REQUIRE(doc.commitments.size() == 2);
  CHECK(doc.commitments[0].text == "We answer in 2 days.");
}

TEST_CASE("a block in the middle of a paragraph is reported, not silently published") {
  DiagnosticSink sink;
  Document doc = ParseBody("Our hours {#hours}\nare 9 to 5.\n", sink);
  auto diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagCode::E0301);
  CHECK(diagnostics[0].location.line == 1);
  CHECK(diagnostics[0].location.column == 11);
  CHECK(doc.commitments.empty());
}

TEST_CASE("the page's own ids cannot be taken, and generated ids step around them") {
  DiagnosticSink sink;
  Document doc = ParseBody("## Main\n\n## Other {#main}\n", sink);
  auto diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagCode::E0302);
  CHECK(diagnostics[0].message == "id 'main' is used by the page itself");
  REQUIRE(!doc.sections.empty());
  CHECK(doc.sections[0].id == "main-2");
}

TEST_CASE("100,000-deep lists, emphasis and quoted lists are capped, reported and never crash") {
  // Labelled by hand: each shape nests far past the documented 40 levels.
  std::string lists, quoted_lists;
  for (int i = 0; i < 100000; ++i) lists += "- ";
  for (int i = 0; i < 50000; ++i) quoted_lists += "> - ";
  std::string emphasis = std::string(100000, '*') + "a" + std::string(100000, '*');
  for (const std::string& text : {lists + "deep {#x}", emphasis, quoted_lists + "deep"}) {
    DiagnosticSink sink;
    Document doc = ParseBody(text + "\n", sink);
    auto diagnostics = sink.Sorted();
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == DiagCode::W0308);
    CHECK_FALSE(doc.blocks.empty());
  }
}

TEST_CASE("a CR-only document has its blocks and lines") {
  DiagnosticSink sink;
  Document doc = ParseBody("- We answer in 2 days. {#a}\r- We answer calls {#b internal=\"x\"} quickly.\r", sink);
  auto diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagCode::E0301);
  CHECK(diagnostics[0].location.line == 2);
  CHECK(diagnostics[0].location.column == 19);
  REQUIRE(doc.commitments.size() == 1);
  CHECK(doc.commitments[0].id == "a");
}

TEST_CASE("a block wrapped over two lines is E1502 and its text is cut") {
  DiagnosticSink sink;
  Document doc = ParseBody("We answer in 2 days. {#a\ninternal=\"secret\"}\n", sink);
  auto diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagCode::E1502);
  CHECK(diagnostics[0].location.line == 1);
  CHECK(diagnostics[0].location.column == 22);
  REQUIRE(doc.blocks.size() == 1);
  CHECK(PlainText(doc.blocks[0].inlines) == "We answer in 2 days.");
}

TEST_CASE("a block cut from emphasis leaves the emphasis, not its asterisks") {
  DiagnosticSink sink;
  Document doc = ParseBody("- We reply *within a day {#fast internal=\"x\"}* {#letters}\n", sink);
  REQUIRE(sink.Sorted().size() == 1);
  REQUIRE(doc.commitments.size() == 1);
  CHECK(doc.commitments[0].text.find('*') == std::string::npos);
  CHECK(doc.commitments[0].text.find("internal") == std::string::npos);
}

TEST_CASE("a block alone after a blank line, or in a link reference definition, is E0301") {
  DiagnosticSink sink;
  Document doc = ParseBody("- We answer. {#a}\n\n{#alone internal=\"x\"}\n\n[h]: https://example.org \"Help {#t internal=y}\"\n",
                           sink);
  auto diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].code == DiagCode::E0301);
  CHECK(diagnostics[0].location.line == 3);
  CHECK(diagnostics[1].code == DiagCode::E0301);
  CHECK(diagnostics[1].location.line == 5);
  CHECK(doc.commitments.size() == 1);
}
