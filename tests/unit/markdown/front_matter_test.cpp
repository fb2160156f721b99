#include <doctest/doctest.h>

#include "markdown/front_matter.h"

using namespace charterc;

namespace {

DocumentMeta Parse(const std::string& text, DiagnosticSink& sink, FrontMatterRole role = FrontMatterRole::Source) {
  SourceFile source("doc.md", text);
  DocumentMeta meta;
  ParseFrontMatter(source, SplitFrontMatter(source), &meta, sink, role);
  return meta;
}

}  // namespace

TEST_CASE("front matter fills the document's metadata") {
  DiagnosticSink sink;
  DocumentMeta meta = Parse(
      "---\ntitle: Charter\ntype: standards\nlang: cy\nowner: Library\nreviewed: 2026-09-01\n"
      "next-review: 2027-09-01\nframework: cse\n---\nbody\n",
      sink);
  CHECK(sink.Sorted().empty());
  CHECK(meta.title == "Charter");
  CHECK(meta.type == DocumentType::Standards);
  CHECK(meta.lang == "cy");
  CHECK(meta.next_review == "2027-09-01");
}

TEST_CASE("the body starts after the closing line") {
  SourceFile source("doc.md", "---\ntitle: A\n---\n## Body\n");
  FrontMatterSplit split = SplitFrontMatter(source);
  CHECK(split.closed);
  CHECK(split.body_first_line == 4);
  CHECK(source.text().substr(split.body_offset) == "## Body\n");
}

TEST_CASE("YAML errors are reported at their line in the file") {
  DiagnosticSink sink;
  Parse("---\ntitle: A\nowner: [x\n---\n", sink);
  auto diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() >= 1);
  CHECK(diagnostics[0].code == DiagCode::E0201);
  // yaml-cpp stops past the end of the YAML; the error is kept on its last line.
  CHECK(diagnostics[0].location.line == 3);
  CHECK(diagnostics[0].location.column == 10);
}

TEST_CASE("impossible dates and unknown keys are reported") {
  DiagnosticSink sink;
  Parse("---\ntitle: A\nreviewed: 2026-02-30\ncolour: blue\n---\n", sink);
  auto diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].code == DiagCode::E0206);
  CHECK(diagnostics[0].location.line == 3);
  CHECK(diagnostics[0].location.column == 11);
  CHECK(diagnostics[1].code == DiagCode::W0205);
  CHECK(diagnostics[1].message == "unknown front-matter key 'colour'");
}

TEST_CASE("a contact must be an email address or a safe link") {
  for (const char* ok : {"library@example.ac.uk", "https://example.ac.uk/contact", "tel:+441632960000",
                         "mailto:help@example.ac.uk"}) {
    DiagnosticSink sink;
    DocumentMeta meta = Parse(std::string("---\ntitle: A\ncontact: ") + ok + "\n---\n", sink);
    CHECK_MESSAGE(sink.Sorted().empty(), ok);
    CHECK(meta.contact == ok);
  }
  for (const char* bad : {"javascript:alert(1)", "data:text/html,x", "Library Office", "help desk/room 2"}) {
    DiagnosticSink sink;
    DocumentMeta meta = Parse(std::string("---\ntitle: A\ncontact: ") + bad + "\n---\n", sink);
    auto diagnostics = sink.Sorted();
    REQUIRE_MESSAGE(diagnostics.size() == 1, bad);
    CHECK(diagnostics[0].code == DiagCode::E0206);
    CHECK(meta.contact.empty());
  }
}

TEST_CASE("language tags are stored in their canonical spelling") {
  DiagnosticSink sink;
  DocumentMeta meta = Parse("---\ntitle: A\nlang: EN-gb\n---\n", sink);
  CHECK(sink.Sorted().empty());
  CHECK(meta.lang == "en-GB");
}

TEST_CASE("unknown keys get a did-you-mean when they look like a typo") {
  DiagnosticSink sink;
  Parse("---\ntitle: A\nnext_review: 2027-01-01\n---\n", sink);
  auto diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagCode::W0205);
  CHECK(diagnostics[0].hint ==
        "did you mean 'next-review'? (known keys: title, type, lang, owner, reviewed, next-review, framework, "
        "summary, contact)");
}

TEST_CASE("a translation's front matter sets only what it translates") {
  DiagnosticSink sink;
  DocumentMeta meta = Parse(
      "---\nowner: Gwasanaethau Llyfrgell\ncontact: llyfrgell@example.ac.uk\nnext-review: 2028-01-01\n"
      "type: standards\nownr: x\n---\n",
      sink, FrontMatterRole::Translation);
  CHECK(meta.owner == "Gwasanaethau Llyfrgell");
  CHECK(meta.contact == "llyfrgell@example.ac.uk");
  CHECK(meta.next_review.empty());
  CHECK(meta.type == DocumentType::Charter);
  CHECK(meta.locations.at("owner").line == 2);
  CHECK(meta.locations.at("owner").column == 8);
  auto diagnostics = sink.Sorted();  // no E0204: a translation without a title shows its source's
  REQUIRE(diagnostics.size() == 3);
  CHECK(diagnostics[0].code == DiagCode::W0209);
  CHECK(diagnostics[0].location.line == 4);
  CHECK(diagnostics[0].location.column == 1);
  CHECK(diagnostics[0].message == "a translation cannot set 'next-review'");
  CHECK(diagnostics[0].hint ==
        "a translation takes 'next-review' from its source document; delete this line (a translation may set "
        "lang, title, summary, owner, contact)");
  CHECK(diagnostics[1].code == DiagCode::W0209);
  CHECK(diagnostics[1].message == "a translation cannot set 'type'");
  CHECK(diagnostics[2].code == DiagCode::W0205);
  CHECK(diagnostics[2].location.line == 6);
  CHECK(diagnostics[2].hint ==
        "did you mean 'owner'? (a translation may set: lang, title, summary, owner, contact)");
}
