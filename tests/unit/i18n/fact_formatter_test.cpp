#include <doctest/doctest.h>

#include "base/file_system.h"
#include "i18n/fact_formatter.h"

using namespace charterc;

namespace {

std::string Format(double value, FactUnit unit, const std::string& lang, const std::string& currency = "") {
  MemoryFileSystem fs;
  UiStrings strings = UiStrings::Load(fs, ".", lang);
  Fact fact;
  fact.value = value;
  fact.unit = unit;
  fact.currency = currency;
  return FormatFact(fact, strings);
}

}  // namespace

TEST_CASE("facts are formatted by ICU in the page's language") {
  CHECK(Format(14, FactUnit::Day, "en") == "14 days");
  CHECK(Format(1, FactUnit::Day, "en") == "1 day");
  CHECK(Format(14, FactUnit::Day, "fr") == "14\u00a0jours");
  CHECK(Format(20, FactUnit::Minute, "en") == "20 minutes");
  CHECK(Format(3, FactUnit::Week, "en") == "3 weeks");
  CHECK(Format(90, FactUnit::Percent, "en") == "90%");
  CHECK(Format(1250, FactUnit::Count, "en") == "1,250");
  CHECK(Format(0.2, FactUnit::Money, "en-GB", "GBP") == "£0.20");
}

TEST_CASE("working days come from a plural message, since CLDR has no such unit") {
  CHECK(Format(1, FactUnit::WorkingDay, "en") == "1 working day");
  CHECK(Format(2, FactUnit::WorkingDay, "en") == "2 working days");
}
