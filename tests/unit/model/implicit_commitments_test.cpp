#include <doctest/doctest.h>

#include "project/project_loader.h"

using namespace charterc;

namespace {

Document Load(const std::string& body) {
  MemoryFileSystem fs;
  fs.Add("p/charters/a.md", "---\ntitle: A\ntype: statement\n---\n" + body);
  DiagnosticSink sink;
  LoadedProject loaded = LoadProject(fs, "p", sink);
  REQUIRE(loaded.project.documents.size() == 1);
  return loaded.project.documents[0];
}

}  // namespace

TEST_CASE("clauses, promise-shaped items and standards-table rows become commitments") {
  Document doc = Load(
      "2.1. We answer emails within 2 working days.\n\n"
      "- We answer letters within 5 working days.\n- The library has 3 floors.\n\n"
      "| Ref | Standard | Target |\n| --- | --- | --- |\n| S1 | Reservations ready | within 3 working days |\n");
  REQUIRE(doc.commitments.size() == 3);
  CHECK(doc.commitments[0].id == "clause-2-1");
  CHECK(doc.commitments[0].text == "We answer emails within 2 working days.");
  CHECK(doc.commitments[0].write_line == 5);
  CHECK(doc.commitments[1].id == "we-answer-letters-within-5-working");
  CHECK(doc.commitments[2].id == "standard-s1");
  CHECK(doc.commitments[2].text == "Reservations ready: within 3 working days");
  CHECK(doc.commitments[2].write_line == 0);
  for (const Commitment& commitment : doc.commitments) CHECK(commitment.implicit);
  // The row carries the anchor the commitment's links point at.
  const Block& table = doc.blocks.back();
  REQUIRE(table.kind == BlockKind::Table);
  REQUIRE(table.children.at(1).Id() != nullptr);
  CHECK(*table.children.at(1).Id() == "standard-s1");
}

TEST_CASE("a document that marks any commitment has no implicit ones") {
  Document doc = Load("- We answer emails within 2 working days. {#email}\n- We answer letters within 5 days.\n");
  REQUIRE(doc.commitments.size() == 1);
  CHECK_FALSE(doc.commitments[0].implicit);
}
