#include <doctest/doctest.h>

#include "diag/diagnostic_sink.h"
#include "markdown/front_matter.h"
#include "markdown/markdown_parser.h"
#include "model/document_index.h"
#include "translation/fingerprint.h"
#include "translation/unit.h"

using namespace charterc;

namespace {

Document Parse(const std::string& text) {
  SourceFile source("charters/doc.md", text);
  DiagnosticSink sink;
  Document doc;
  doc.name = "doc";
  doc.path = source.path();
  FrontMatterSplit split = SplitFrontMatter(source);
  ParseFrontMatter(source, split, &doc.meta, sink);
  ParseMarkdownBody(source, split, &doc, sink);
  IndexDocument(source, &doc, sink);
  return doc;
}

std::vector<std::string> Ids(const std::vector<Unit>& units) {
  std::vector<std::string> ids;
  for (const Unit& unit : units) ids.push_back(unit.id);
  return ids;
}

const char* kSource =
    "---\ntitle: Promises\nsummary: What we do.\n---\n\n"
    "Read this first.\n\n"
    "## Replies {#replies}\n\n"
    "- We reply within 2 days. {#email}\n"
    "- We call back within 1 day.\n\n"
    "| Service | Target |\n|---|---|\n| Email | 2 days |\n";

}  // namespace

TEST_CASE("units: title, summary, headings and commitments by id, the rest by place in their section") {
  std::vector<Unit> units = SegmentDocument(Parse(kSource));
  CHECK(Ids(units) == std::vector<std::string>{"title", "summary", "intro-1", "replies", "email", "replies-1",
                                                "replies-2", "replies-3", "replies-4", "replies-5"});
  CHECK(units[4].kind == UnitKind::Commitment);
  CHECK(units[4].text == "We reply within 2 days.");
  CHECK(units[6].kind == UnitKind::Cell);
}

TEST_CASE("a translation's headings take the source's section ids by position") {
  const char* welsh =
      "---\ntitle: Addewidion\n---\n\nDarllenwch hwn.\n\n## Atebion\n\n- Rydym yn ateb o fewn 2 ddiwrnod. {#email}\n";
  std::vector<std::string> sections = {"replies"};
  std::vector<Unit> units = SegmentDocument(Parse(welsh), &sections);
  CHECK(Ids(units) == std::vector<std::string>{"title", "intro-1", "replies", "email"});
}

TEST_CASE("a Markdown translation records its source version with from=") {
  std::vector<Unit> units = SegmentDocument(Parse("---\ntitle: T\n---\n\n- Rydym yn ateb. {#email from=abc123}\n"));
  REQUIRE(units.size() == 2);
  CHECK(units[1].from == "abc123");
}

TEST_CASE("fingerprints ignore re-wrapping but not wording") {
  CHECK(Fingerprint("We reply within\n  2 days.") == Fingerprint("We reply within 2 days."));
  CHECK(Fingerprint(" We reply ") == Fingerprint("We reply"));
  CHECK(Fingerprint("We reply within 2 days.") != Fingerprint("We answer within 2 days."));
  CHECK(Fingerprint("x").size() == 12);
}

TEST_CASE("owner and contact are units too, at their place in the front matter") {
  std::vector<Unit> units =
      SegmentDocument(Parse("---\ntitle: T\nowner: Library Services\ncontact: library@example.ac.uk\n---\n\nText.\n"));
  CHECK(Ids(units) == std::vector<std::string>{"title", "front-matter:owner", "front-matter:contact", "intro-1"});
  CHECK(units[1].kind == UnitKind::Owner);
  CHECK(units[1].text == "Library Services");
  CHECK(units[1].location.line == 3);
  CHECK(units[1].location.column == 8);
  CHECK(IsFrontMatter(units[2].kind));
  CHECK_FALSE(IsFrontMatter(units[3].kind));
  CHECK(TranslatorNotes(units[1])[0].text.find("owner") != std::string::npos);
}

TEST_CASE("a section called contact does not take the contact address's unit") {
  std::vector<Unit> units = SegmentDocument(
      Parse("---\ntitle: T\ncontact: library@example.ac.uk\n---\n\n## When you contact us {#contact}\n"));
  CHECK(Ids(units) == std::vector<std::string>{"title", "front-matter:contact", "contact"});
}

TEST_CASE("units: a generated id skips an id the document has, so no two units share one") {
  // "ask-2" is the second section's own id; before, it was also the id of
  // the first section's second item, and a translation's "ask-2" was
  // compared with the wrong one.
  std::vector<Unit> units = SegmentDocument(Parse(
      "---\ntitle: Help\n---\n\n## Ask {#ask}\n\n- Desk 1\n- Desk 2\n- Desk 3\n\n"
      "## Ask again {#ask-2}\n\n- Room 10\n- Room 11\n"));
  CHECK(Ids(units) == std::vector<std::string>{"title", "ask", "ask-1", "ask-3", "ask-4", "ask-2", "ask-2-1",
                                                "ask-2-2"});
  CHECK(units[3].text == "Desk 2");
}
