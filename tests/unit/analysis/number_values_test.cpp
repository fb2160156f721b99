#include <doctest/doctest.h>

#include "analysis/number_values.h"

using namespace charterc;

namespace {

std::vector<double> Values(const std::string& text, const std::string& lang, const FactTable& facts = {}) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(lang, status);
  REQUIRE(U_SUCCESS(status));
  return NumberValues(text, locale, facts);
}

using Numbers = std::vector<double>;

}  // namespace

TEST_CASE("digits are read in a language without a lexicon") {
  CHECK(Values("Wir nehmen Anrufe innerhalb von 45 Sekunden entgegen.", "de") == Numbers{45});
  CHECK(Values("We answer calls within 30 seconds.", "en") == Numbers{30});
}

TEST_CASE("numbers in words are read with ICU's spell-out rules, without a lexicon") {
  CHECK(Values("innerhalb von dreißig Sekunden", "de") == Numbers{30});
  CHECK(Values("innerhalb von zwei Werktagen", "de") == Numbers{2});
  CHECK(Values("sous deux jours ouvrés", "fr") == Numbers{2});
  CHECK(Values("within two working days", "en") == Numbers{2});
}

TEST_CASE("digits of other numbering systems") {
  CHECK(Values("خلال ٣٠ ثانية", "ar") == Numbers{30});
  CHECK(Values("३० सेकंड में", "hi") == Numbers{30});
}

TEST_CASE("each language's decimal and grouping marks") {
  CHECK(Values("2.5 hours", "en") == Numbers{2.5});
  CHECK(Values("2,5 Stunden", "de") == Numbers{2.5});
  CHECK(Values("1,000 books", "en") == Numbers{1000});
  CHECK(Values("1.000 Bücher", "de") == Numbers{1000});
  CHECK(Values("1\u202F000 livres", "fr") == Numbers{1000});
  // A plain space typed where French groups with a narrow no-break space.
  CHECK(Values("1 000 livres et 12 500 revues", "fr") == Numbers{1000, 12500});
  CHECK(Values("chapitre 3 100 pages", "fr") == Numbers{3100});  // the price of the rule: ambiguous in French too
  // English groups with commas: a space separates two numbers.
  CHECK(Values("top 3 100 books", "en") == Numbers{3, 100});
}

TEST_CASE("clause numbers, ordinals and times read the same in every language") {
  CHECK(Values("See clause 4.2.3.", "en") == Values("Siehe Abschnitt 4.2.3.", "de"));
  CHECK(Values("before the fourth ring", "en") == Numbers{4});
  CHECK(Values("vor dem vierten Klingeln", "de") == Numbers{4});
  CHECK(Values("before the 4th ring", "en") == Numbers{4});
  CHECK(Values("before 5pm", "en") == Numbers{17});
  CHECK(Values("vor 17 Uhr", "de") == Numbers{17});
}

TEST_CASE("an ordinal spelled like a unit of time is the unit") {
  CHECK(Values("en menos de 20 segundos, medido cada mes", "es") == Numbers{20});
  CHECK(Values("en moins de 20 secondes", "fr") == Numbers{20});
  CHECK(Values("within a second", "en").empty());
}

TEST_CASE("one is an article as often as a number, and phone numbers are contact details") {
  CHECK(Values("within a week", "en").empty());
  CHECK(Values("innerhalb einer Woche", "de").empty());
  CHECK(Values("within 1 working day", "en").empty());
  CHECK(Values("Call 0113 496 0000.", "en").empty());
}

TEST_CASE("a fact gives its value") {
  FactTable facts;
  Fact fact;
  fact.name = "reply.email";
  fact.value = 2;
  fact.unit = FactUnit::WorkingDay;
  facts[fact.name] = fact;
  CHECK(Values("We reply within {{ reply.email }}.", "en", facts) == Numbers{2});
}
