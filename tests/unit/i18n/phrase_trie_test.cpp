#include <doctest/doctest.h>

#include <vector>

#include "i18n/phrase_trie.h"

using namespace charterc;

namespace {

using Match = std::pair<int32_t, int32_t>;  // phrase index, end

std::vector<Match> MatchesAt(const PhraseTrie& trie, const icu::UnicodeString& text, int32_t i,
                             int32_t* compared = nullptr) {
  std::vector<Match> out;
  int32_t steps = trie.ForEachAt(text, i, [&](int32_t phrase, int32_t end) { out.emplace_back(phrase, end); });
  if (compared != nullptr) *compared = steps;
  return out;
}

}  // namespace

TEST_CASE("a phrase trie finds every phrase the text holds at a position, shortest first") {
  PhraseTrie trie({u"a", u"a week", u"a weekday", u"week", u"days"});
  icu::UnicodeString text = u"within a weekday";
  CHECK(MatchesAt(trie, text, 7) == std::vector<Match>{{0, 8}, {1, 13}, {2, 16}});
  CHECK(MatchesAt(trie, text, 9) == std::vector<Match>{{3, 13}});
  CHECK(MatchesAt(trie, text, 0).empty());
  CHECK(MatchesAt(trie, text, 16).empty());  // the end of the text
  CHECK(MatchesAt(trie, text, -1).empty());
}

TEST_CASE("a phrase trie compares no further than its longest phrase") {
  PhraseTrie trie({u"ab", u"abc"});
  icu::UnicodeString text(40000, U'a', 40000);
  int32_t compared = 0;
  CHECK(MatchesAt(trie, text, 0, &compared).empty());
  CHECK(compared == 2);  // "a", then "aa" has no continuation
  icu::UnicodeString abc = u"abcabc";
  CHECK(MatchesAt(trie, abc, 0, &compared) == std::vector<Match>{{0, 2}, {1, 3}});
  CHECK(compared == 3);
}

TEST_CASE("a phrase trie of nothing, or of empty phrases, finds nothing") {
  PhraseTrie none({});
  CHECK(MatchesAt(none, u"anything", 0).empty());
  PhraseTrie empty({u"", u"x"});
  CHECK(MatchesAt(empty, u"xy", 0) == std::vector<Match>{{1, 1}});
}

TEST_CASE("a phrase trie matches characters beyond the BMP and right-to-left scripts") {
  PhraseTrie trie({u"\U0001F600 ok", u"\u064A\u0648\u0645"});  // an emoji; Arabic "day"
  CHECK(MatchesAt(trie, u"\U0001F600 ok", 0) == std::vector<Match>{{0, 5}});
  CHECK(MatchesAt(trie, u"\u064A\u0648\u0645\u0627\u0646", 0) == std::vector<Match>{{1, 3}});
}
