#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analysis/lexicon_phrases.h"
#include "project/lexicon_loader.h"

using namespace charterc;

namespace {

Lexicon Small() {
  Lexicon lexicon;
  lexicon.units = {{"minute", {"min", "minutes"}}, {"week", {"week", "weeks"}}};
  lexicon.periods = {"a week", "each week"};
  lexicon.frequencies = {"each week"};
  lexicon.vague = {"soon", "as soon as possible"};
  lexicon.share_markers = {"%"};
  lexicon.quantity_phrases = {{"half an hour", {0.5, "hour"}}};
  return lexicon;
}

std::vector<std::string> Found(const LexiconPhrases& phrases, const std::string& text, int32_t i) {
  std::vector<PhraseHit> hits;
  phrases.HitsAt(icu::UnicodeString::fromUTF8(text), i, &hits);
  std::vector<std::string> found;
  for (const PhraseHit& hit : hits) {
    found.push_back(std::to_string(static_cast<int>(hit.list)) + ":" + phrases.Phrase(hit.list, hit.index) + "@" +
                    std::to_string(hit.end));
  }
  return found;
}

}  // namespace

TEST_CASE("lexicon phrases: a phrase ending in a letter ends a word; one in two lists is found in both") {
  LexiconPhrases phrases(Small());
  CHECK(Found(phrases, "5 min", 2) == std::vector<std::string>{"0:min@5"});
  CHECK(Found(phrases, "5 minister", 2).empty());
  CHECK(Found(phrases, "5 minutes.", 2) == std::vector<std::string>{"0:minutes@9"});
  // Periods (2) before frequencies (3), each in its own order.
  CHECK(Found(phrases, "each week", 0) == std::vector<std::string>{"2:each week@9", "3:each week@9"});
  CHECK(Found(phrases, "90%ile", 2) == std::vector<std::string>{"11:%@3"});  // "%" needs no boundary
  CHECK(Found(phrases, "half an hour", 0) == std::vector<std::string>{"1:half an hour@12"});
  CHECK(phrases.QuantityOf(0).unit == "hour");
  CHECK(phrases.UnitOf(1) == "minute");  // "minutes"
  CHECK(phrases.UnitOf(2) == "week");
}

TEST_CASE("lexicon phrases are built when a lexicon is loaded, and shared by its copies") {
  std::optional<Lexicon> lexicon = BuiltInLexicon("en");
  REQUIRE(lexicon.has_value());
  REQUIRE(lexicon->phrases != nullptr);
  Lexicon copy = *lexicon;
  CHECK(copy.phrases == lexicon->phrases);
  CHECK(lexicon->phrases->Size(PhraseList::Periods) == lexicon->periods.size());
  CHECK(lexicon->phrases->Size(PhraseList::Hedges) == lexicon->hedges.size());
}
