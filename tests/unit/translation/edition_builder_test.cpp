#include <doctest/doctest.h>

#include "analysis/analysis.h"
#include "diag/diagnostic_sink.h"
#include "markdown/front_matter.h"
#include "markdown/markdown_parser.h"
#include "model/document_index.h"
#include "translation/edition_builder.h"
#include "translation/markdown_translation.h"
#include "translation/po_reader.h"
#include "translation/po_writer.h"
#include "translation/xliff_reader.h"
#include "translation/xliff_writer.h"

using namespace charterc;

namespace {

const char* kSource =
    "---\ntitle: Charter\nsummary: What we promise.\nowner: Library Services\n"
    "contact: library@example.ac.uk\nnext-review: 2027-09-01\n---\n\n"
    "## Contact {#contact}\n\n- We reply to letters. {#letters}\n";

Document Parse(const std::string& path, const std::string& text, DiagnosticSink& sink,
               FrontMatterRole role = FrontMatterRole::Source) {
  SourceFile source(path, text);
  Document doc;
  doc.name = "charter";
  doc.path = path;
  FrontMatterSplit split = SplitFrontMatter(source);
  ParseFrontMatter(source, split, &doc.meta, sink, role);
  ParseMarkdownBody(source, split, &doc, sink);
  IndexDocument(source, &doc, sink);
  return doc;
}

// The edition `translation` makes of kSource.
Document Edition(const Document& source, Translation translation) {
  Project project;
  project.documents.push_back(source);
  project.translations.push_back(std::move(translation));
  Analysis analysis = Analyse(project);
  return BuildEdition(analysis, project.documents[0], project.translations[0]);
}

// Replaces the first `from` in `text` with `to`.
std::string Replaced(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a Markdown edition's own owner and contact are shown; its missing summary falls back") {
  DiagnosticSink sink;
  Document source = Parse("charters/charter.md", kSource, sink);
  Document welsh = Parse("charters/charter.cy.md",
                         "---\ntitle: Siarter\nowner: Gwasanaethau Llyfrgell\ncontact: llyfrgell@example.ac.uk\n"
                         "---\n\n## Atebion\n\n- Rydym yn ateb llythyrau. {#letters}\n",
                         sink, FrontMatterRole::Translation);
  welsh.meta.lang = "cy";
  Document edition = Edition(source, FromMarkdownEdition(welsh, source, {}, sink));
  CHECK(sink.Sorted().empty());
  CHECK(edition.meta.title == "Siarter");
  CHECK(edition.meta.owner == "Gwasanaethau Llyfrgell");
  CHECK(edition.meta.contact == "llyfrgell@example.ac.uk");
  CHECK(edition.meta.summary == "What we promise.");
  CHECK(edition.meta.next_review == "2027-09-01");  // always the source's
  REQUIRE(edition.edition.has_value());
  CHECK_FALSE(edition.edition->owner_fallback);
  CHECK_FALSE(edition.edition->contact_fallback);
  CHECK(edition.edition->summary_fallback);
}

TEST_CASE("an edition without an owner shows the source's, marked as a fallback") {
  DiagnosticSink sink;
  Document source = Parse("charters/charter.md", kSource, sink);
  Document french = Parse("charters/charter.fr.md", "---\ntitle: Charte\n---\n\n## R\n\n- Nous répondons. {#letters}\n",
                          sink, FrontMatterRole::Translation);
  french.meta.lang = "fr";
  Document edition = Edition(source, FromMarkdownEdition(french, source, {}, sink));
  CHECK(edition.meta.owner == "Library Services");
  CHECK(edition.edition->owner_fallback);
  CHECK(edition.edition->contact_fallback);
  CHECK_FALSE(edition.edition->title_fallback);
}

TEST_CASE("an owner the source does not have cannot be translated") {
  DiagnosticSink sink;
  Document source = Parse("charters/charter.md", "---\ntitle: Charter\n---\n\n- We reply. {#letters}\n", sink);
  Document welsh = Parse("charters/charter.cy.md", "---\nowner: Gwasanaethau Llyfrgell\n---\n\n- Rydym. {#letters}\n",
                         sink, FrontMatterRole::Translation);
  Translation translation = FromMarkdownEdition(welsh, source, {}, sink);
  CHECK(translation.Find("front-matter:owner") == nullptr);
  auto diagnostics = sink.Sorted();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == DiagCode::E1003);
  CHECK(diagnostics[0].location.line == 2);
  CHECK(diagnostics[0].message == "'owner' is not in charters/charter.md");
}

TEST_CASE("owner and contact go out in a PO file with notes and come back translated") {
  DiagnosticSink sink;
  Document source = Parse("charters/charter.md", kSource, sink);
  std::string po = WritePo(source, "cy", "");
  CHECK(po.find("#. Who answers for the document (its owner)") != std::string::npos);
  po = Replaced(po, "msgctxt \"front-matter:owner\"\nmsgid \"Library Services\"\nmsgstr \"\"",
                "msgctxt \"front-matter:owner\"\nmsgid \"Library Services\"\nmsgstr \"Gwasanaethau Llyfrgell\"");
  po = Replaced(po, "msgid \"library@example.ac.uk\"\nmsgstr \"\"",
                "msgid \"library@example.ac.uk\"\nmsgstr \"llyfrgell@example.ac.uk\"");
  Translation translation = *ReadPo(SourceFile("locales/cy/charter.po", po), source, "cy", sink);
  CHECK(sink.Sorted().empty());  // an address is not read as an invented link
  Document edition = Edition(source, translation);
  CHECK(edition.meta.owner == "Gwasanaethau Llyfrgell");
  CHECK(edition.meta.contact == "llyfrgell@example.ac.uk");
  CHECK_FALSE(edition.edition->owner_fallback);
}

TEST_CASE("owner and contact go out in an XLIFF file and come back translated; an unsafe contact is not used") {
  DiagnosticSink sink;
  Document source = Parse("charters/charter.md", kSource, sink);
  std::string xliff = WriteXliff(source, "en", "cy", "");
  CHECK(xliff.find("<unit id=\"front-matter:owner\" type=\"cc:owner\"") != std::string::npos);
  xliff = Replaced(xliff, "<segment state=\"initial\">\n        <source>Library Services</source>",
                   "<segment state=\"translated\">\n        <source>Library Services</source>"
                   "<target>Gwasanaethau Llyfrgell</target>");
  xliff = Replaced(xliff, "<segment state=\"initial\">\n        <source>library@example.ac.uk</source>",
                   "<segment state=\"translated\">\n        <source>library@example.ac.uk</source>"
                   "<target>javascript:alert(1)</target>");
  Translation translation = *ReadXliff(SourceFile("locales/cy/charter.xlf", xliff), source, "cy", sink);
  Document edition = Edition(source, translation);
  CHECK(edition.meta.owner == "Gwasanaethau Llyfrgell");
  CHECK(edition.meta.contact == "library@example.ac.uk");
  CHECK(edition.edition->contact_fallback);
}

TEST_CASE("an XLIFF target holding only whitespace is not a translation") {
  DiagnosticSink sink;
  Document source = Parse("charters/charter.md", kSource, sink);
  std::string xliff = WriteXliff(source, "en", "cy", "");
  xliff = Replaced(xliff, "<segment state=\"initial\">\n        <source>Library Services</source>",
                   "<segment state=\"translated\">\n        <source>Library Services</source>"
                   "<target>\n          </target>");
  Translation translation = *ReadXliff(SourceFile("locales/cy/charter.xlf", xliff), source, "cy", sink);
  CHECK(translation.Find("front-matter:owner") == nullptr);
  Document edition = Edition(source, translation);
  CHECK(edition.meta.owner == "Library Services");
  CHECK(edition.edition->owner_fallback);
}
