#pragma once
// Numbers written as words ("two", "forty-eight", "quarante-huit", "dau",
// "diez"), read with the language's own ICU spell-out rules: every cardinal
// rule set of icu::RuleBasedNumberFormat spells the values a charter uses,
// and text is matched against those spellings (with a hyphen or a space
// between parts, as writers vary). Words ICU spells another way than
// writers do (Welsh "deg" for ICU's "un deg") come from the lexicon.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "i18n/phrase_trie.h"

namespace charterc {

struct SpelledNumber {
  double value = 0;
  int32_t end = 0;  // where the words end in the text
};

class SpelledNumbers {
 public:
  enum class Kind { Cardinal, Ordinal };  // "four", or "fourth"

  // `extra` maps lower-case phrases to values (the lexicon's number-words).
  SpelledNumbers(const icu::Locale& locale, const std::map<std::string, double>& extra, Kind kind = Kind::Cardinal);

  // The longest spelled number starting at `i` of `lower` (lower-case text,
  // at the start of a letter) and ending at a word boundary. One walk of a
  // trie of every spelling: as costly for a 40,000-letter word as for "two".
  std::optional<SpelledNumber> MatchAt(const icu::UnicodeString& lower, int32_t i) const;

 private:
  void Add(icu::UnicodeString spelled, double value);

  // Every spelling (starting with a letter) and its value, the first value
  // given for a spelling kept; the trie is made from them once all are in.
  std::vector<icu::UnicodeString> spellings_;
  std::vector<double> values_;
  std::map<icu::UnicodeString, size_t> known_;
  std::unique_ptr<PhraseTrie> trie_;
};

// One per language and thread: building them formats a few hundred numbers
// (kept per thread rather than shared, so no lock is needed; a thread
// builds each language's once).
const SpelledNumbers& SpelledNumbersFor(const icu::Locale& locale, const std::map<std::string, double>& extra,
                                        SpelledNumbers::Kind kind = SpelledNumbers::Kind::Cardinal);

}  // namespace charterc
