#include <doctest/doctest.h>

#include "markdown/attribute_block.h"

using charterc::FindTrailingAttributeBlock;

TEST_CASE("an attribute block at the end of a line is found and read") {
  auto match = FindTrailingAttributeBlock(R"(- We reply in 2 days. {#email-reply refs="cse:5.1.1 standards#x" dimension=responsiveness}  )");
  REQUIRE(match.has_value());
  CHECK_FALSE(match->error.has_value());
  CHECK(match->offset == 22);
  CHECK(match->attributes.id == "email-reply");
  CHECK(match->attributes.Get("refs") == "cse:5.1.1 standards#x");
  CHECK(match->attributes.Get("dimension") == "responsiveness");
  CHECK_FALSE(match->attributes.Get("target").has_value());
}

TEST_CASE("facts and ordinary braces are not attribute blocks") {
  CHECK_FALSE(FindTrailingAttributeBlock("Loans last {{ loan.standard }}").has_value());
  CHECK_FALSE(FindTrailingAttributeBlock("a set {x, y}").has_value());
  CHECK_FALSE(FindTrailingAttributeBlock("{#id} is not at the end").has_value());
  CHECK_FALSE(FindTrailingAttributeBlock("").has_value());
}

TEST_CASE("a fact just before the block does not hide it") {
  auto match = FindTrailingAttributeBlock("within {{ reply.email }}. {#email}");
  REQUIRE(match.has_value());
  CHECK(match->attributes.id == "email");
}

TEST_CASE("malformed blocks report what is wrong and where") {
  auto unclosed = FindTrailingAttributeBlock(R"(text {#a refs="x})");
  REQUIRE(unclosed.has_value());
  CHECK(unclosed->error == "quoted value is not closed");
  CHECK(unclosed->error_offset == 14);

  auto bad_id = FindTrailingAttributeBlock("text {#9lives}");
  REQUIRE(bad_id.has_value());
  CHECK(bad_id->error == "'#9lives' is not a valid id");

  auto two_ids = FindTrailingAttributeBlock("text {#a #b}");
  REQUIRE(two_ids.has_value());
  CHECK(two_ids->error == "attribute block has a second id '#b'");

  auto no_value = FindTrailingAttributeBlock("text {#a refs}");
  REQUIRE(no_value.has_value());
  CHECK(no_value->error == "attribute 'refs' has no value");
}

TEST_CASE("escaped quotes stay inside a quoted value") {
  auto match = FindTrailingAttributeBlock(R"(x {#a target="say \"2 days\""})");
  REQUIRE(match.has_value());
  CHECK(match->attributes.Get("target") == "say \"2 days\"");
}

TEST_CASE("no-break and other invisible spaces after a block still end the line") {
  for (const char* space : {"\xC2\xA0", "\xE3\x80\x80", "\xE2\x80\x8B", "\t "}) {
    CAPTURE(std::string(space));
    auto match = FindTrailingAttributeBlock(std::string("- We answer. {#a}") + space);
    REQUIRE(match.has_value());
    CHECK_FALSE(match->error.has_value());
    CHECK(match->attributes.id == "a");
  }
  // Inside the block, a no-break space is an error, named as such.
  auto inside = FindTrailingAttributeBlock("- We answer. {#a\xC2\xA0internal=\"x\"}");
  REQUIRE(inside.has_value());
  REQUIRE(inside->error.has_value());
  CHECK(inside->error->find("U+00A0") != std::string::npos);
}

TEST_CASE("a block wrapped over lines is read whole, to be reported whole") {
  // "{#a" ends line 1 and "x=1}" is line 2 (offsets labelled by hand).
  std::string text = "We answer. {#a\nx=1} and more";
  auto blocks = charterc::FindAttributeBlocks(text);
  REQUIRE(blocks.size() == 1);
  CHECK(blocks[0].offset == 11);
  CHECK(blocks[0].end == 19);
  CHECK_FALSE(blocks[0].error.has_value());
  // A '{' alone at the end of a line, the rest on the next.
  auto brace_first = charterc::FindAttributeBlocks("We answer. {\n#a internal=\"x\"}");
  REQUIRE(brace_first.size() == 1);
  CHECK(brace_first[0].end == 29);
}

TEST_CASE("a malformed block is cut to the end of the line where reading it failed") {
  // The quote is never closed: reading fails at it, on line 1, so the cut
  // takes the rest of line 1 (the note) and leaves line 2.
  auto blocks = charterc::FindAttributeBlocks("a {#x internal=\"secret\nnext line");
  REQUIRE(blocks.size() == 1);
  REQUIRE(blocks[0].error.has_value());
  CHECK(blocks[0].end == 22);
  auto two = charterc::FindAttributeBlocks("a {#x}{#y internal=z} b");
  REQUIRE(two.size() == 2);
  CHECK(two[1].offset == 6);
}
