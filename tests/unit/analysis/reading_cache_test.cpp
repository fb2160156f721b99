#include <doctest/doctest.h>

#include "analysis/number_values.h"
#include "analysis/reading_cache.h"
#include "analysis/target_reader.h"
#include "project/lexicon_loader.h"

using namespace charterc;

namespace {

Lexicon English(uint64_t identity = 1) {
  std::optional<Lexicon> lexicon = BuiltInLexicon("en");
  REQUIRE(lexicon.has_value());
  lexicon->identity = identity;
  return *lexicon;
}

FactTable Facts(double reply_days) {
  FactTable facts;
  facts["reply.days"] = {"reply.days", reply_days, FactUnit::WorkingDay, "", "Reply", {}};
  facts["loan.days"] = {"loan.days", 21, FactUnit::Day, "", "Loan", {}};
  return facts;
}

const icu::Locale kEnglish("en");

// Every field the checks read, compared one by one.
void CheckSame(const TargetReading& a, const TargetReading& b) {
  CHECK(a.verdict == b.verdict);
  REQUIRE(a.quantities.size() == b.quantities.size());
  for (size_t i = 0; i < a.quantities.size(); ++i) {
    CHECK(a.quantities[i].value == b.quantities[i].value);
    CHECK(a.quantities[i].unit == b.quantities[i].unit);
    CHECK(a.quantities[i].text == b.quantities[i].text);
    CHECK(a.quantities[i].counted == b.quantities[i].counted);
  }
  CHECK(a.share == b.share);
  CHECK(a.period == b.period);
  CHECK(a.frequency == b.frequency);
  CHECK(a.event == b.event);
  CHECK(a.bare_numbers == b.bare_numbers);
  CHECK(a.bare_values == b.bare_values);
  CHECK(a.hedges == b.hedges);
  CHECK(a.vague_words == b.vague_words);
  CHECK(a.undefined_fact == b.undefined_fact);
}

}  // namespace

TEST_CASE("a reading taken from the file is the reading computed") {
  const Lexicon lexicon = English();
  const FactTable facts = Facts(3);
  // Hand-picked to fill every field: a share, a period, a hedge, a vague
  // word, a bare number, a fact, an undefined fact.
  const std::vector<std::string> texts = {
      "We aim to answer 90% of calls within 20 seconds, measured each month.",
      "We reply promptly within {{ reply.days }} of receiving your letter, about 3 times.",
      "We answer within {{ no.such.fact }}.",
  };
  ReadingCache first("charterc test");
  std::vector<TargetReading> computed;
  for (const std::string& text : texts) computed.push_back(first.Read(text, lexicon, kEnglish, facts));
  CHECK(first.misses() == 3);
  ReadingCache second("charterc test");
  REQUIRE(second.Load(first.Serialise()));
  for (size_t i = 0; i < texts.size(); ++i) {
    CheckSame(second.Read(texts[i], lexicon, kEnglish, facts), computed[i]);
    CheckSame(computed[i], ReadTarget(texts[i], lexicon, kEnglish, facts));
  }
  CHECK(second.hits() == 3);
  CHECK(second.misses() == 0);
}

TEST_CASE("a changed input is never answered from the cache") {
  const std::string text = "We reply within {{ reply.days }}.";
  ReadingCache first("charterc test");
  first.Read(text, English(), kEnglish, Facts(3));
  ReadingCache second("charterc test");
  REQUIRE(second.Load(first.Serialise()));
  SUBCASE("the fact the text names") {
    TargetReading reading = second.Read(text, English(), kEnglish, Facts(5));
    CHECK(second.misses() == 1);
    REQUIRE(reading.quantities.size() == 1);
    CHECK(reading.quantities[0].value == 5);
  }
  SUBCASE("the lexicon") {
    second.Read(text, English(2), kEnglish, Facts(3));
    CHECK(second.misses() == 1);
  }
  SUBCASE("the language") {
    second.Read(text, English(), icu::Locale("en", "GB"), Facts(3));
    CHECK(second.misses() == 1);
  }
  SUBCASE("the text") {
    second.Read(text + " ", English(), kEnglish, Facts(3));
    CHECK(second.misses() == 1);
  }
  SUBCASE("a fact the text does not name changes nothing") {
    FactTable facts = Facts(3);
    facts["loan.days"].value = 28;
    second.Read(text, English(), kEnglish, facts);
    CHECK(second.hits() == 1);
    CHECK(second.misses() == 0);
  }
}

TEST_CASE("a lexicon of unknown origin is never cached") {
  ReadingCache cache("charterc test");
  cache.Read("We reply within 2 days.", English(0), kEnglish, {});
  cache.Read("We reply within 2 days.", English(0), kEnglish, {});
  CHECK(cache.hits() == 0);
  CHECK(cache.misses() == 0);
}

TEST_CASE("readability and numbers come back as computed") {
  const std::string text = "Mr. Jones reads every letter. He answers it within 3 days, or 2 if urgent.";
  ReadingCache first("charterc test");
  TextStats stats = first.Measure(text, kEnglish, {"Dr."});
  std::vector<double> numbers = first.Numbers(text, kEnglish, {}, {}, 0);
  ReadingCache second("charterc test");
  REQUIRE(second.Load(first.Serialise()));
  TextStats again = second.Measure(text, kEnglish, {"Dr."});
  CHECK(again.sentences == stats.sentences);
  CHECK(again.words == stats.words);
  CHECK(again.long_words == stats.long_words);
  CHECK(again.syllables == stats.syllables);
  REQUIRE(again.sentence_list.size() == stats.sentence_list.size());
  CHECK(again.sentence_list.back().text == stats.sentence_list.back().text);
  CHECK(second.Numbers(text, kEnglish, {}, {}, 0) == numbers);
  CHECK(numbers == NumberValues(text, kEnglish, {}, {}));
  CHECK(second.hits() == 2);
  second.Measure(text, kEnglish, {"Mr."});  // another abbreviation list
  CHECK(second.misses() == 1);
}

TEST_CASE("a file of another identity, version or a damaged one is not used") {
  ReadingCache first("charterc one");
  first.Read("We reply within 2 days.", English(), kEnglish, {});
  const std::string bytes = first.Serialise();
  ReadingCache other("charterc two");
  CHECK_FALSE(other.Load(bytes));
  ReadingCache damaged("charterc one");
  CHECK_FALSE(damaged.Load(bytes.substr(0, bytes.size() - 3)));
  CHECK_FALSE(damaged.Load("charterc readings 99\ncharterc one\n"));
  damaged.Read("We reply within 2 days.", English(), kEnglish, {});
  CHECK(damaged.misses() == 1);
}

TEST_CASE("the file keeps only what the last build asked for") {
  ReadingCache first("charterc test");
  first.Read("We reply within 2 days.", English(), kEnglish, {});
  first.Read("We reply within 3 days.", English(), kEnglish, {});
  ReadingCache second("charterc test");
  REQUIRE(second.Load(first.Serialise()));
  second.Read("We reply within 3 days.", English(), kEnglish, {});
  ReadingCache third("charterc test");
  REQUIRE(third.Load(second.Serialise()));
  third.Read("We reply within 2 days.", English(), kEnglish, {});
  CHECK(third.misses() == 1);  // dropped by the second build
  third.Read("We reply within 3 days.", English(), kEnglish, {});
  CHECK(third.hits() == 1);
}
