#include <doctest/doctest.h>

#include "diag/diagnostic_sink.h"
#include "markdown/front_matter.h"
#include "markdown/markdown_parser.h"
#include "model/document_index.h"
#include "translation/block_alignment.h"

using namespace charterc;

namespace {

Document Parse(const std::string& path, const std::string& lang, const std::string& body, DiagnosticSink& sink) {
  SourceFile source(path, "---\ntitle: T\nlang: " + lang + "\n---\n\n" + body);
  Document doc;
  doc.name = "standards";
  doc.path = path;
  FrontMatterSplit split = SplitFrontMatter(source);
  ParseFrontMatter(source, split, &doc.meta, sink, FrontMatterRole::Source);
  ParseMarkdownBody(source, split, &doc, sink);
  IndexDocument(source, &doc, sink);
  doc.meta.lang = lang;
  return doc;
}

const char* kEnglish =
    "## Standards\n\n"
    "1. We answer the telephone within 4 rings.\n"
    "2. We reply to emails within 2 working days.\n"
    "3. Returned items are back on the shelves within 24 hours.\n";

}  // namespace

TEST_CASE("blocks of the same shape are paired in order") {
  DiagnosticSink sink;
  Document source = Parse("charters/standards.md", "en", kEnglish, sink);
  Document french = Parse("charters/standards.fr.md", "fr",
                          "## Normes\n\n"
                          "1. Nous décrochons avant la quatrième sonnerie.\n"
                          "2. Nous répondons aux courriels sous deux jours ouvrés.\n"
                          "3. Les documents rendus sont en rayon sous 24 heures.\n",
                          sink);
  std::map<BlockPath, BlockPath> pairs = AlignBlocks(source, french, {}, sink);
  CHECK(sink.Sorted().empty());
  CHECK(pairs.at(BlockPath{1, 2}) == BlockPath{1, 2});
}

TEST_CASE("a dropped item is found by its numbers and named at both positions") {
  DiagnosticSink sink;
  Document source = Parse("charters/standards.md", "en", kEnglish, sink);
  Document french = Parse("charters/standards.fr.md", "fr",
                          "## Normes\n\n"
                          "1. Nous décrochons avant la 4e sonnerie.\n"
                          "2. Les documents rendus sont en rayon sous 24 heures.\n",
                          sink);
  std::map<BlockPath, BlockPath> pairs = AlignBlocks(source, french, {}, sink);
  std::vector<Diagnostic> diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagCode::E1021);
  CHECK(diagnostics[0].location.file == "charters/standards.fr.md");
  CHECK(diagnostics[0].location.line == 9);
  CHECK(diagnostics[0].message.find("of charters/standards.md:9 ") != std::string::npos);
  CHECK(diagnostics[0].message.find("2. \"We reply to emails") != std::string::npos);
  CHECK(pairs.at(BlockPath{1, 1}) == BlockPath{1, 2});  // the item about 24 hours
}

TEST_CASE("an added item is named with the source item it follows") {
  DiagnosticSink sink;
  Document source = Parse("charters/standards.md", "en", kEnglish, sink);
  Document french = Parse("charters/standards.fr.md", "fr",
                          "## Normes\n\n"
                          "1. Nous décrochons avant la quatrième sonnerie.\n"
                          "2. Nous répondons aux courriels sous deux jours ouvrés.\n"
                          "3. Nous prêtons des liseuses pendant 21 jours.\n"
                          "4. Les documents rendus sont en rayon sous 24 heures.\n",
                          sink);
  AlignBlocks(source, french, {}, sink);
  std::vector<Diagnostic> diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagCode::E1003);
  CHECK(diagnostics[0].location.line == 10);
  CHECK(diagnostics[0].message.find("(it comes after the list item of charters/standards.md:9)") != std::string::npos);
}
