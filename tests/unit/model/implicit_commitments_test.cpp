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

TEST_CASE("an ordered list's clauses keep the numbers the source gives them, skipped or repeated") {
  Document doc = Load(
      "The Library will:\n\n"
      "1. reply to letters within 5 working days;\n2. answer calls within 5 rings;\n5. publish results each year.\n");
  REQUIRE(doc.commitments.size() == 3);
  CHECK(doc.commitments[0].id == "clause-1");
  CHECK(doc.commitments[2].id == "clause-5");
  CHECK(doc.commitments[2].lead_in == "The Library will:");
  const Block& list = doc.blocks.back();
  REQUIRE(list.kind == BlockKind::List);
  CHECK(list.children.at(2).number == 5);
}

TEST_CASE("lead-ins, passive KPIs and the customer's part") {
  Document doc = Load(
      "Our staff will be:\n\n- friendly and polite\n- wearing a name badge\n\n"
      "## On the shelves\n\n- Returned items are re-shelved within two hours.\n- The library has 3 floors.\n\n"
      "## What we ask of you\n\n- Return items on time.\n- We ask you to be quiet in study areas.\n");
  REQUIRE(doc.commitments.size() == 3);
  CHECK(doc.commitments[0].text == "friendly and polite");
  CHECK(doc.commitments[0].lead_in == "Our staff will be:");
  CHECK(doc.commitments[1].text == "wearing a name badge");
  CHECK(doc.commitments[2].text == "Returned items are re-shelved within two hours.");
  CHECK(doc.commitments[2].lead_in.empty());
}

TEST_CASE("a results table with a year column and a Measured column gives a share its period") {
  Document doc = Load(
      "| Indicator | Target 2024/25 | Result |\n| --- | --- | --- |\n| Calls answered | 90% within 20 seconds | 92% |\n\n"
      "| Area | Target | Measured |\n| --- | --- | --- |\n| Holds ready | 85% within 3 days | Monthly |\n\n"
      "| Branch | Phone |\n| --- | --- |\n| Northgate | 01632 960000 |\n");
  REQUIRE(doc.commitments.size() == 2);
  CHECK(doc.commitments[0].text == "Calls answered: 90% within 20 seconds");
  CHECK(doc.commitments[1].text == "Holds ready: 85% within 3 days");
  CHECK(doc.commitments[1].period == "Monthly");
}

TEST_CASE("a labelled line with nothing after its colon introduces a list rather than promising") {
  Document doc = Load("Our targets:\n\n- Emails answered within two working days\n\nCommitment 2: letters answered in 5 days.\n");
  REQUIRE(doc.commitments.size() == 2);
  CHECK(doc.commitments[0].text == "Emails answered within two working days");
  CHECK(doc.commitments[0].lead_in == "Our targets:");
  CHECK(doc.commitments[1].id == "commitment-2");
  CHECK(doc.commitments[1].text == "letters answered in 5 days.");
}

TEST_CASE("a lead-in line is read by the words nearest its colon") {
  // "contact us" introduces contact details, but here the line ends in "we will".
  Document doc = Load(
      "## Our service\n\nWhen you contact us, we will:\n\n- reply to emails within 5 working days\n\n"
      "In return, we ask you to:\n\n- treat our staff with respect\n\n"
      "You can contact us by:\n\n- phone on 01632 960000\n");
  REQUIRE(doc.commitments.size() == 1);
  CHECK(doc.commitments[0].text == "reply to emails within 5 working days");
  CHECK(doc.commitments[0].lead_in == "When you contact us, we will:");
}
