#include "i18n/spelled_numbers.h"

#include <algorithm>
#include <memory>

#include <unicode/rbnf.h>
#include <unicode/uchar.h>

namespace charterc {

namespace {

using icu::UnicodeString;

// The values worth spelling: what charters count (rings, days, weeks,
// percentages) stays under a hundred, plus round hundreds and thousands.
std::vector<int> ValuesToSpell() {
  std::vector<int> values;
  for (int v = 0; v <= 100; ++v) values.push_back(v);
  for (int v : {120, 150, 200, 250, 300, 365, 400, 500, 1000, 2000, 5000, 10000}) values.push_back(v);
  return values;
}

bool IsWordChar(UChar32 c) { return u_isalnum(c) || c == 0x2019 || c == '\''; }

int32_t FirstWordEnd(const UnicodeString& text, int32_t i) {
  while (i < text.length() && u_isalpha(text.char32At(i))) i += U16_LENGTH(text.char32At(i));
  return i;
}

}  // namespace

SpelledNumbers::SpelledNumbers(const icu::Locale& locale, const std::map<std::string, double>& extra, Kind kind) {
  UErrorCode status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, locale, status);
  if (U_SUCCESS(status)) {
    for (int32_t set = 0; set < format.getNumberOfRuleSetNames(); ++set) {
      UnicodeString name = format.getRuleSetName(set);
      // "numbering-year" spells 1999 as a year; cardinals and ordinals are asked for apart.
      bool wanted = kind == Kind::Ordinal ? name.indexOf(u"ordinal") >= 0
                                          : name.indexOf(u"cardinal") >= 0 || name == u"%spellout-numbering";
      if (!wanted) continue;
      for (int value : ValuesToSpell()) {
        UnicodeString spelled;
        UErrorCode format_status = U_ZERO_ERROR;
        icu::FieldPosition unused;
        format.format(static_cast<int32_t>(value), name, spelled, unused, format_status);
        if (U_SUCCESS(format_status)) Add(spelled.toLower(locale), value);
      }
    }
  }
  for (const auto& [phrase, value] : extra) Add(UnicodeString::fromUTF8(phrase), value);
  trie_ = std::make_unique<PhraseTrie>(spellings_);
}

void SpelledNumbers::Add(UnicodeString spelled, double value) {
  if (spelled.isEmpty()) return;
  // "twenty-one" is also written "twenty one", and "un deg" "un-deg".
  UnicodeString spaced = spelled;
  spaced.findAndReplace(u"-", u" ");
  UnicodeString hyphenated = spelled;
  hyphenated.findAndReplace(u" ", u"-");
  for (const UnicodeString& form : {spelled, spaced, hyphenated}) {
    // A spelling is found where a word starts: one that starts with no letter never is.
    if (FirstWordEnd(form, 0) == 0 || known_.count(form)) continue;
    known_.emplace(form, spellings_.size());
    spellings_.push_back(form);
    values_.push_back(value);
  }
}

std::optional<SpelledNumber> SpelledNumbers::MatchAt(const UnicodeString& lower, int32_t i) const {
  if (i >= lower.length() || !u_isalpha(lower.char32At(i))) return std::nullopt;
  // The longest spelling the text holds at `i` that a word boundary ends
  // (a spelling whose first word is only the start of the text's is
  // ended by a letter, so it is refused here too).
  std::optional<SpelledNumber> longest;
  trie_->ForEachAt(lower, i, [&](int32_t spelling, int32_t end) {
    if (end < lower.length() && IsWordChar(lower.char32At(end))) return;
    longest = SpelledNumber{values_[spelling], end};
  });
  return longest;
}

const SpelledNumbers& SpelledNumbersFor(const icu::Locale& locale, const std::map<std::string, double>& extra,
                                        SpelledNumbers::Kind kind) {
  thread_local std::map<std::string, std::unique_ptr<SpelledNumbers>> cache;
  std::string key = std::string(kind == SpelledNumbers::Kind::Ordinal ? "ordinal|" : "") + locale.getName();
  for (const auto& [phrase, value] : extra) key += "|" + phrase;
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(key, std::make_unique<SpelledNumbers>(locale, extra, kind)).first;
  return *it->second;
}

}  // namespace charterc
