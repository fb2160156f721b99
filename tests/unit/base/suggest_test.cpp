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
