#pragma once
// One automaton for a fixed set of phrases: every phrase that a text holds
// at a position is found in one walk, as long as the longest phrase at most,
// however many phrases there are. Searching for each phrase in turn made
// reading a promise cost (phrases x text); this makes it (text x the
// length of a phrase). The automaton is ICU's UCharsTrie, serialised once
// when built and only read afterwards, so threads share one.

#include <cstdint>
#include <vector>

#include <unicode/ucharstrie.h>
#include <unicode/unistr.h>

namespace charterc {

class PhraseTrie {
 public:
  // `phrases` are distinct; an empty one is never found.
  explicit PhraseTrie(const std::vector<icu::UnicodeString>& phrases);

  // Calls visit(phrase, end) for every phrase that `text` holds from `i`
  // (compared code unit by code unit, so both must be normalised alike),
  // shortest first; `phrase` is its index in the list the trie was built
  // from. Returns the code units compared: the work done, for tests that
  // count it.
  template <typename Visit>
  int32_t ForEachAt(const icu::UnicodeString& text, int32_t i, Visit&& visit) const {
    if (serialized_.isEmpty() || i < 0 || i >= text.length()) return 0;
    // A walker is a few words on the stack over the shared, read-only data.
    icu::UCharsTrie walker(serialized_.getBuffer());
    int32_t compared = 0;
    UStringTrieResult result = walker.first(text.charAt(i));
    for (int32_t k = i;;) {
      ++compared;
      if (USTRINGTRIE_HAS_VALUE(result)) visit(walker.getValue(), k + 1);
      if (!USTRINGTRIE_HAS_NEXT(result) || ++k >= text.length()) break;
      result = walker.next(text.charAt(k));
    }
    return compared;
  }

 private:
  icu::UnicodeString serialized_;  // empty when there are no phrases
};

}  // namespace charterc
