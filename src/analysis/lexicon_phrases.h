#pragma once
// The phrase lists of one lexicon that the target reader looks for (units,
// periods, hedges, ...), gathered into one automaton when the lexicon is
// loaded: a text is scanned once, and at each position every phrase of
// every list that starts there is known at once, instead of comparing each
// phrase of each list in turn. Built once, then read-only: threads share it.

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <unicode/unistr.h>

#include "i18n/phrase_trie.h"
#include "model/lexicon.h"

namespace charterc {

enum class PhraseList : uint8_t {
  Units,            // Lexicon::units, flattened in unit-name order
  QuantityPhrases,  // Lexicon::quantity_phrases, in phrase order
  Periods,
  Frequencies,
  Events,
  Hedges,
  Vague,
  Exclusions,
  NotCounted,
  OrdinalLimits,
  ShareOf,
  ShareMarkers,
};
inline constexpr size_t kPhraseListCount = 12;

struct PhraseHit {
  PhraseList list = PhraseList::Units;
  uint32_t index = 0;  // in that list, in the lexicon's order
  int32_t end = 0;     // where the phrase ends in the text
};

class LexiconPhrases {
 public:
  explicit LexiconPhrases(const Lexicon& lexicon);

  // Appends every phrase of every list that starts at `i` of `lower` (text
  // lower-cased as lexicon phrases are, see i18n/text_case.h) and ends where
  // a word may end ("min" is not found in "minister"; "d'" and "%" need no
  // boundary), ordered by list and then by the list's own order. Returns
  // the code units compared (work, for tests that count it).
  int32_t HitsAt(const icu::UnicodeString& lower, int32_t i, std::vector<PhraseHit>* out) const;

  size_t Size(PhraseList list) const { return phrases_[Slot(list)].size(); }
  const std::string& Phrase(PhraseList list, uint32_t index) const { return phrases_[Slot(list)][index]; }
  const std::string& UnitOf(uint32_t index) const { return unit_names_[index]; }  // PhraseList::Units
  const Lexicon::QuantityPhrase& QuantityOf(uint32_t index) const { return quantities_[index]; }

 private:
  static size_t Slot(PhraseList list) { return static_cast<size_t>(list); }
  // Fills the lists and places_ from `lexicon`; returns the distinct
  // phrases the trie is built from (so it runs before trie_ is made).
  std::vector<icu::UnicodeString> Gather(const Lexicon& lexicon);

  std::array<std::vector<std::string>, kPhraseListCount> phrases_;
  std::vector<std::string> unit_names_;                 // parallel to the Units list
  std::vector<Lexicon::QuantityPhrase> quantities_;     // parallel to the QuantityPhrases list
  // Per distinct phrase (the trie's index): every list and place it has.
  std::vector<std::vector<std::pair<PhraseList, uint32_t>>> places_;
  PhraseTrie trie_;  // declared last: built from what Gather collected
};

}  // namespace charterc
