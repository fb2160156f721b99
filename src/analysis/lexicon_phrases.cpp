#include "analysis/lexicon_phrases.h"

#include <algorithm>
#include <map>

#include "analysis/text_scan.h"

namespace charterc {

LexiconPhrases::LexiconPhrases(const Lexicon& lexicon) : trie_(Gather(lexicon)) {}

std::vector<icu::UnicodeString> LexiconPhrases::Gather(const Lexicon& lexicon) {
  for (const auto& [unit, phrases] : lexicon.units) {
    for (const std::string& phrase : phrases) {
      phrases_[Slot(PhraseList::Units)].push_back(phrase);
      unit_names_.push_back(unit);
    }
  }
  for (const auto& [phrase, quantity] : lexicon.quantity_phrases) {
    phrases_[Slot(PhraseList::QuantityPhrases)].push_back(phrase);
    quantities_.push_back(quantity);
  }
  const std::pair<PhraseList, const std::vector<std::string>*> lists[] = {
      {PhraseList::Periods, &lexicon.periods},         {PhraseList::Frequencies, &lexicon.frequencies},
      {PhraseList::Events, &lexicon.events},           {PhraseList::Hedges, &lexicon.hedges},
      {PhraseList::Vague, &lexicon.vague},             {PhraseList::Exclusions, &lexicon.exclusions},
      {PhraseList::NotCounted, &lexicon.not_counted},  {PhraseList::OrdinalLimits, &lexicon.ordinal_limits},
      {PhraseList::ShareOf, &lexicon.share_of},        {PhraseList::ShareMarkers, &lexicon.share_markers}};
  for (const auto& [list, phrases] : lists) phrases_[Slot(list)] = *phrases;
  // One trie entry per distinct phrase, remembering every list (and place
  // in it) that has it: "a week" may be both a period and a unit phrase.
  std::map<icu::UnicodeString, int32_t> ids;
  std::vector<icu::UnicodeString> distinct;
  for (size_t slot = 0; slot < kPhraseListCount; ++slot) {
    for (size_t index = 0; index < phrases_[slot].size(); ++index) {
      icu::UnicodeString phrase = icu::UnicodeString::fromUTF8(phrases_[slot][index]);
      auto [it, added] = ids.emplace(phrase, static_cast<int32_t>(distinct.size()));
      if (added) {
        distinct.push_back(phrase);
        places_.emplace_back();
      }
      places_[it->second].emplace_back(static_cast<PhraseList>(slot), static_cast<uint32_t>(index));
    }
  }
  return distinct;
}

int32_t LexiconPhrases::HitsAt(const icu::UnicodeString& lower, int32_t i, std::vector<PhraseHit>* out) const {
  size_t first = out->size();
  int32_t compared = trie_.ForEachAt(lower, i, [&](int32_t phrase, int32_t end) {
    // A phrase ending in a letter must end a word ("min" is not "minister").
    if (end < lower.length() && InsideWord(lower.char32At(end - 1), lower.char32At(end))) return;
    for (const auto& [list, index] : places_[phrase]) out->push_back({list, index, end});
  });
  std::sort(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(), [](const PhraseHit& a, const PhraseHit& b) {
    return a.list != b.list ? a.list < b.list : a.index < b.index;
  });
  return compared;
}

}  // namespace charterc
