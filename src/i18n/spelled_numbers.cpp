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
  for (auto& [first, spellings] : by_first_word_) {
    std::sort(spellings.begin(), spellings.end(),
              [](const auto& a, const auto& b) { return a.first.length() > b.first.length(); });
  }
}

void SpelledNumbers::Add(UnicodeString spelled, double value) {
  if (spelled.isEmpty()) return;
  // "twenty-one" is also written "twenty one", and "un deg" "un-deg".
  UnicodeString spaced = spelled;
  spaced.findAndReplace(u"-", u" ");
  UnicodeString hyphenated = spelled;
  hyphenated.findAndReplace(u" ", u"-");
  for (const UnicodeString& form : {spelled, spaced, hyphenated}) {
    UnicodeString first(form, 0, FirstWordEnd(form, 0));
    if (first.isEmpty()) continue;
    auto& spellings = by_first_word_[first];
    bool known = std::any_of(spellings.begin(), spellings.end(), [&](const auto& s) { return s.first == form; });
    if (!known) spellings.emplace_back(form, value);
  }
}

std::optional<SpelledNumber> SpelledNumbers::MatchAt(const UnicodeString& lower, int32_t i) const {
  UnicodeString first(lower, i, FirstWordEnd(lower, i) - i);
  auto it = by_first_word_.find(first);
  if (it == by_first_word_.end()) return std::nullopt;
  for (const auto& [spelled, value] : it->second) {
    int32_t end = i + spelled.length();
    if (lower.compare(i, spelled.length(), spelled) != 0) continue;
    if (end < lower.length() && IsWordChar(lower.char32At(end))) continue;
    return SpelledNumber{value, end};
  }
  return std::nullopt;
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
