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
