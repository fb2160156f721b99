#include <doctest/doctest.h>

#include "base/suggest.h"

using charterc::ClosestMatch;

TEST_CASE("ClosestMatch suggests likely typos only") {
  std::vector<std::string> ids = {"email-reply", "phone-answer", "contact"};
  CHECK(ClosestMatch("emial-reply", ids) == "email-reply");
  CHECK(ClosestMatch("contcat", ids) == "contact");
  CHECK(ClosestMatch("opening-hours", ids).empty());
  CHECK(charterc::DidYouMean("contcat", ids) == "did you mean 'contact'?");
  CHECK(charterc::DidYouMean("zzz", ids).empty());
}

TEST_CASE("swapping two neighbouring letters is one slip") {
  std::vector<std::string> commands = {"build", "check", "init", "codes"};
  CHECK(ClosestMatch("buidl", commands) == "build");
  CHECK(ClosestMatch("chekc", commands) == "check");
  CHECK(ClosestMatch("ocdes", commands) == "codes");
  CHECK(ClosestMatch("cehkc", commands).empty());  // two slips in five letters is too far
}
