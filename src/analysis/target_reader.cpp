#include "analysis/target_reader.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <memory>
#include <string_view>

#include <unicode/numfmt.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "analysis/lexicon_phrases.h"
#include "analysis/text_scan.h"
#include "i18n/spelled_numbers.h"
#include "i18n/text_case.h"
#include "model/fact_placeholders.h"

namespace charterc {

namespace {

using icu::UnicodeString;

class Reader {
 public:
  Reader(const std::string& text, const Lexicon& lexicon, const icu::Locale& locale, const FactTable& facts)
      : phrases_(PhrasesOf(lexicon)), locale_(locale), facts_(facts) {
    PrepareText(text);
    ScanPhrases();
    numbers_ = NumberFormatFor(locale);
    spelled_ = &SpelledNumbersFor(locale, lexicon.number_words);
  }

  TargetReading Run(ScanWork* work) {
    for (int32_t i = 0; i < text_.length();) i = ReadAt(i);
    // A share reported quarterly is measured over the quarter.
    if (reading_.period.empty()) reading_.period = reading_.frequency;
    reading_.event = Longest(PhraseList::Events);
    reading_.hedges = FindAll(PhraseList::Hedges);
    reading_.vague_words = FindAll(PhraseList::Vague);
    reading_.verdict = DecideVerdict(reading_);
    if (work != nullptr) {
      work->code_units += text_.length();
      work->phrase_steps += phrase_steps_;
      work->run_steps += phones_.scanned();
    }
    return reading_;
  }

 private:
  // Lower-cases the text and swaps each {{ name }} for one marker character.
  void PrepareText(const std::string& text) {
    std::string plain;
    SplitFactPlaceholders(
        text, [&](std::string_view run) { plain += run; },
        [&](const std::string& name, std::string_view) {
          fact_names_.push_back(name);
          plain += "\xEF\xB7\x91";  // U+FDD1
        });
    original_ = UnicodeString::fromUTF8(plain);
    text_ = LowerCaseUtf16(plain, locale_);
    same_length_ = original_.length() == text_.length();
  }

  // The lexicon's automaton; a lexicon made by hand rather than loaded
  // gets one for this reading alone.
  static std::shared_ptr<const LexiconPhrases> PhrasesOf(const Lexicon& lexicon) {
    return lexicon.phrases ? lexicon.phrases : std::make_shared<const LexiconPhrases>(lexicon);
  }

  // The one pass over the text that finds the lexicon phrases at every
  // position where a word may start, and so which of the phrases that may
  // occur anywhere (events, hedges, vague words) occur. Positions inside a
  // word are looked at only if reading asks ("2days").
  void ScanPhrases() {
    hit_spans_.assign(text_.length(), {-1, 0});
    for (PhraseList list : {PhraseList::Events, PhraseList::Hedges, PhraseList::Vague}) {
      found_[Found(list)].assign(phrases_->Size(list), false);
    }
    for (int32_t i = 0; i < text_.length(); ++i) {
      if (!StartsPhraseAt(i)) continue;
      for (const PhraseHit& hit : HitsAt(i)) {
        if (hit.list == PhraseList::Events || hit.list == PhraseList::Hedges || hit.list == PhraseList::Vague) {
          found_[Found(hit.list)][hit.index] = true;
        }
      }
    }
  }

  // Whether a phrase found at `i` starts there, not inside a word ("soon"
  // in "assoonas" is not the vague word).
  bool StartsPhraseAt(int32_t i) const {
    UChar32 first = text_.char32At(i);
    return i == 0 || !u_isalnum(first) || !InsideWord(text_.char32At(i - 1), first);
  }

  static size_t Found(PhraseList list) { return list == PhraseList::Events ? 0 : list == PhraseList::Hedges ? 1 : 2; }

  // The hits of one position, read by index: a loop over them may look up
  // another position, which can grow (and move) hits_.
  class HitRange {
   public:
    class Iterator {
     public:
      Iterator(const std::vector<PhraseHit>& hits, int32_t k) : hits_(&hits), k_(k) {}
      PhraseHit operator*() const { return (*hits_)[static_cast<size_t>(k_)]; }
      Iterator& operator++() {
        ++k_;
        return *this;
      }
      bool operator!=(const Iterator& other) const { return k_ != other.k_; }

     private:
      const std::vector<PhraseHit>* hits_;
      int32_t k_;
    };
    HitRange(const std::vector<PhraseHit>& hits, int32_t first, int32_t count)
        : hits_(hits), first_(first), count_(count) {}
    Iterator begin() const { return {hits_, first_}; }
    Iterator end() const { return {hits_, first_ + count_}; }

   private:
    const std::vector<PhraseHit>& hits_;
    int32_t first_, count_;
  };

  // The lexicon phrases that start at `i`, by list and then in the list's
  // order; looked for once per position.
  HitRange HitsAt(int32_t i) const {
    if (i < 0 || i >= text_.length()) return {hits_, 0, 0};
    auto& [first, count] = hit_spans_[i];
    if (first < 0) {
      first = static_cast<int32_t>(hits_.size());
      phrase_steps_ += phrases_->HitsAt(text_, i, &hits_);
      count = static_cast<int32_t>(hits_.size()) - first;
    }
    return {hits_, first, count};
  }

  bool AnyAt(int32_t i, std::initializer_list<PhraseList> lists) const {
    for (const PhraseHit& hit : HitsAt(i)) {
      if (std::find(lists.begin(), lists.end(), hit.list) != lists.end()) return true;
    }
    return false;
  }

  // Reads whatever starts at `i`; returns where to continue.
  int32_t ReadAt(int32_t i) {
    UChar32 c = text_.char32At(i);
    if (c == kFactMarker) return ReadFact(i);
    UChar32 before = i == 0 ? ' ' : text_.char32At(i - 1);
    bool starts_word = !IsWordChar(before) || IsUnspaced(before) || u_charType(before) == U_CURRENCY_SYMBOL;
    if (starts_word) {
      // "twice a year" is a period, though "a year" alone is a quantity;
      // "within a week" is a quantity, though "a week" is also a period.
      int32_t period_end = PeriodAt(i);
      int32_t quantity_end = ReadQuantityPhrase(i);
      if (quantity_end > i) return quantity_end;
      if (period_end > i) return NotePeriodAt(i);
    }
    if (starts_word && (c == '+' || u_isdigit(c))) {
      if (int32_t end = phones_.EndAt(i); end > i) return end;
      if (u_isdigit(c)) return ReadNumber(i);
    }
    if (starts_word && u_isalpha(c)) return ReadWord(i);
    return i + U16_LENGTH(c);
  }

  // A word: the start of an exclusion, a phrase that is a whole quantity
  // ("half an hour"), a number in words ("two working days"), or else
  // nothing to read.
  int32_t ReadWord(int32_t i) {
    if (AnyAt(i, {PhraseList::Exclusions})) return ClauseEnd(i);
    if (int32_t end = ReadOrdinalLimit(i); end > i) return end;
    if (std::optional<SpelledNumber> number = spelled_->MatchAt(text_, i)) {
      if (int32_t end = ReadUnitAfter(i, number->end, number->value, /*spelled=*/true); end > i) return end;
    }
    // A word of a script written without spaces is one character: a number
    // may follow it at once ("在20秒内").
    if (IsUnspaced(text_.char32At(i))) return i + U16_LENGTH(text_.char32At(i));
    int32_t end = i;
    while (end < text_.length() && u_isalpha(text_.char32At(end)) && !IsUnspaced(text_.char32At(end))) {
      end += U16_LENGTH(text_.char32At(end));
    }
    return end == i ? i + U16_LENGTH(text_.char32At(i)) : end;
  }

  // "before the fourth ring", "avant la quatrième sonnerie": a limit phrase,
  // an ordinal in words and what is counted. Returns where it ends, or `i`.
  int32_t ReadOrdinalLimit(int32_t i) {
    for (const PhraseHit& limit : HitsAt(i)) {
      if (limit.list != PhraseList::OrdinalLimits) continue;
      int32_t at = SkipSpaces(limit.end);
      const SpelledNumbers& ordinals = SpelledNumbersFor(locale_, {}, SpelledNumbers::Kind::Ordinal);
      std::optional<SpelledNumber> ordinal = ordinals.MatchAt(text_, at);
      if (!ordinal) continue;
      int32_t noun = SkipSpaces(ordinal->end);
      int32_t noun_end = WordEnd(noun);
      if (noun_end == noun || IsNotCounted(noun)) continue;
      reading_.quantities.push_back({ordinal->value, "count", Written(at, noun_end), Written(noun, noun_end)});
      return noun_end;
    }
    return i;
  }

  // A phrase that is a whole quantity ("half an hour", "24/7") at `i`,
  // unless a longer period starts there: returns its end, or `i`.
  int32_t ReadQuantityPhrase(int32_t i) {
    for (const PhraseHit& phrase : HitsAt(i)) {
      if (phrase.list != PhraseList::QuantityPhrases || phrase.end < PeriodAt(i)) continue;
      const Lexicon::QuantityPhrase& quantity = phrases_->QuantityOf(phrase.index);
      reading_.quantities.push_back({quantity.value, quantity.unit, Written(i, phrase.end), ""});
      if (quantity.unit == "percent") reading_.share = quantity.value;  // "nine in ten" is a share
      return phrase.end;
    }
    return i;
  }

  // Where the clause that starts at `i` ends: its next , ; . ( ) or dash.
  int32_t ClauseEnd(int32_t i) const {
    for (int32_t k = i; k < text_.length(); ++k) {
      UChar c = text_.charAt(k);
      if (c == ',' || c == ';' || c == ')' || c == 0x2013 || c == 0x2014) return k;
      if (c == '.' && (k + 1 == text_.length() || IsSpace(text_.charAt(k + 1)))) return k;
    }
    return text_.length();
  }

  int32_t ReadFact(int32_t i) {
    size_t index = fact_index_++;
    int32_t next = i + 1;
    if (index >= fact_names_.size()) return next;
    auto fact = facts_.find(fact_names_[index]);
    if (fact == facts_.end()) {
      reading_.undefined_fact = true;  // reported by the fact checker
      return next;
    }
    Quantity quantity{fact->second.value, FactUnitName(fact->second.unit), "{{ " + fact_names_[index] + " }}", ""};
    if (quantity.unit == "percent") NoteShare(quantity.value, next);
    reading_.quantities.push_back(std::move(quantity));
    return AfterPeriod(next);
  }


  int32_t ReadNumber(int32_t i) {
    int32_t end = ParseNumberEnd(i);
    double value = parsed_value_;
    std::string written = Utf8(UnicodeString(text_, i, end - i));
    // 4.2.1 (a clause), 9:30 or 9am (a time), 1st/2e/3ydd (an ordinal).
    if (IsClauseNumber(text_, end) || IsTimeOfDay(text_, end)) return SkipNumberTail(text_, end);
    if (IsOrdinal(text_, end)) {
      // "the 30th of June", "30th June": a date; other ordinals are not targets.
      int32_t tail = SkipNumberTail(text_, end);
      int32_t after = SkipSpaces(tail);
      if (WordAt(after, u"of") > after) after = SkipSpaces(after + 2);
      if (int32_t month_end = MonthAt(after); month_end > after) {
        reading_.quantities.push_back({value, "date", Written(i, month_end), ""});
        return month_end;
      }
      return tail;
    }
    int32_t after = SkipSpaces(end);
    if (after < text_.length() && text_.charAt(after) == '-') after = SkipSpaces(after + 1);  // "30-minute"
    bool money_before = i > 0 && u_charType(text_.char32At(i - 1)) == U_CURRENCY_SYMBOL;
    if (money_before || IsCurrencyAt(after)) {
      reading_.quantities.push_back({value, "money", written, ""});
      return IsCurrencyAt(after) ? after + 1 : end;
    }
    // WCAG 2.2, ISO 9001: a version or a standard's number is never a target.
    if (IsVersion(i)) return end;
    if (int32_t unit_end = ReadUnitAfter(i, end, value, /*spelled=*/false); unit_end > i) return unit_end;
    if (MonthBefore(i)) {
      reading_.quantities.push_back({value, "date", Written(i, end), ""});
      return end;
    }
    bool year = end - i == 4 && value >= 1900 && value <= 2100;
    if (!year) {
      reading_.bare_numbers.push_back(written);
      reading_.bare_values.push_back(value);
    }
    return end;
  }

  // Reads what follows a number written from `start` to `end`: a unit of the
  // lexicon (perhaps after one word: "2 full working days"), a month (a
  // date: "by 30 June"), or any other noun, which is what is counted ("ten
  // rings"). Returns where the quantity ends, or `start` when no unit
  // follows. "One" in words counts only before a unit of the lexicon: "a
  // complaints form" is not a target.
  int32_t ReadUnitAfter(int32_t start, int32_t end, double value, bool spelled) {
    int32_t after = SkipSpaces(end);
    if (after < text_.length() && text_.charAt(after) == '-') after = SkipSpaces(after + 1);  // "30-minute"
    auto quantity = [&](const std::string& unit, int32_t unit_end, std::string counted) {
      reading_.quantities.push_back({value, unit, Written(start, unit_end),
                                     std::move(counted)});
      if (unit == "percent") NoteShare(value, unit_end);
      return AfterPeriod(unit_end);
    };
    if (auto [unit, unit_end] = UnitAt(after); !unit.empty()) {
      // "un document", "a book": an article, not a count.
      if (spelled && value < 2 && (unit == "count" || unit == "percent")) return start;
      return quantity(unit, unit_end, unit == "count" ? Written(after, unit_end) : "");
    }
    if (int32_t month_end = MonthAt(after); month_end > after) return quantity("date", month_end, "");
    if (int32_t share_end = ShareOfAt(after, value); share_end > after) return share_end;
    if (!spelled && end - start == 4 && value >= 1900 && value <= 2100) return start;  // "in 2024 we ..."
    // "5,000 a quarter", "3 per week": a rate, so something is counted.
    if (!spelled && PeriodAt(after) > after) return quantity("count", end, "");
    int32_t word_end = WordEnd(after);
    if (word_end == after || IsNotCounted(after)) return start;
    // "2 full working days", "one free session": one word between.
    // ("une réponse demande" is not a count: "one" in words counts only itself.)
    if (auto [unit, unit_end] = UnitAt(SkipSpaces(word_end)); !unit.empty() && !(spelled && value < 2 && unit == "count")) {
      return quantity(unit, unit_end, unit == "count" ? Written(SkipSpaces(word_end), unit_end) : "");
    }
    if (spelled && value < 2) return start;
    // "9 cases out of 10": the count is a share.
    int32_t after_word = SkipSpaces(word_end);
    if (int32_t share_end = ShareOfAt(after_word, value); share_end > after_word) return share_end;
    return quantity("count", word_end, Written(after, word_end));
  }

  // "out of 10", "in 10", "sur 10" after a count of `value`: the share
  // value/10 as a percentage. Returns where it ends, or `i`.
  int32_t ShareOfAt(int32_t i, double value) {
    for (const PhraseHit& marker : HitsAt(i)) {
      if (marker.list != PhraseList::ShareOf) continue;
      int32_t at = SkipSpaces(marker.end);
      if (at >= text_.length() || !u_isdigit(text_.char32At(at))) {
        std::optional<SpelledNumber> spelled = at < text_.length() ? spelled_->MatchAt(text_, at) : std::nullopt;
        if (!spelled || spelled->value <= value) continue;
        return NoteShareOf(value, spelled->value, i, spelled->end);
      }
      int32_t whole_end = ParseNumberEnd(at);
      if (parsed_value_ <= value) continue;
      return NoteShareOf(value, parsed_value_, i, whole_end);
    }
    return i;
  }

  int32_t NoteShareOf(double part, double whole, int32_t from, int32_t end) {
    double percent = part * 100 / whole;
    reading_.quantities.push_back({percent, "percent", Written(from, end), ""});
    reading_.share = percent;
    return end;
  }

  int32_t WordEnd(int32_t i) const {
    int32_t end = i;
    while (end < text_.length() && (u_isalpha(text_.char32At(end)) || text_.charAt(end) == '-')) {
      end += U16_LENGTH(text_.char32At(end));
    }
    return end;
  }

  // A word that says nothing is counted: "within 3 of", "3 and".
  bool IsNotCounted(int32_t i) const {
    if (WordEnd(i) - i < 3) return true;
    return AnyAt(i, {PhraseList::NotCounted, PhraseList::Periods, PhraseList::Frequencies, PhraseList::Events,
                     PhraseList::Hedges});
  }

  // "8 hours a day": a period right after a quantity is its rate, not a
  // quantity of its own. Returns where it ends, or `i`.
  int32_t AfterPeriod(int32_t i) {
    int32_t at = SkipSpaces(i);
    int32_t end = NotePeriodAt(at);
    return end > at ? end : i;
  }

  // Notes the longest period and frequency phrases at `i` ("twice a year"
  // rather than "a year"), where the reading meets them as such: "a week"
  // in "within a week" is a quantity, not the period. Returns their end.
  int32_t NotePeriodAt(int32_t i) {
    int32_t end = i;
    for (const PhraseHit& hit : HitsAt(i)) {
      std::string* found = hit.list == PhraseList::Periods       ? &reading_.period
                           : hit.list == PhraseList::Frequencies ? &reading_.frequency
                                                                 : nullptr;
      if (found == nullptr) continue;
      end = std::max(end, hit.end);
      const std::string& phrase = phrases_->Phrase(hit.list, hit.index);
      if (phrase.size() > found->size()) *found = phrase;
    }
    return end;
  }

  // The end of the longest period or frequency phrase at `i`, or `i`.
  int32_t PeriodAt(int32_t i) const {
    int32_t end = i;
    for (const PhraseHit& hit : HitsAt(i)) {
      if (hit.list == PhraseList::Periods || hit.list == PhraseList::Frequencies) end = std::max(end, hit.end);
    }
    return end;
  }


  int32_t MonthAt(int32_t i) const {
    for (const UnicodeString& month : MonthNamesFor(locale_)) {
      int32_t end = i + month.length();
      if (text_.compare(i, month.length(), month) == 0 && !IsWordAt(end)) return end;
    }
    return i;
  }

  // "June 30": a month name right before the number at `i`.
  bool MonthBefore(int32_t i) const {
    int32_t end = i;
    while (end > 0 && IsSpace(text_.charAt(end - 1))) --end;
    int32_t start = end;
    while (start > 0 && u_isalpha(text_.char32At(start - 1))) --start;
    return start < end && MonthAt(start) == end;
  }

  // The end of the number ICU parses at `i` (digits of any script, the
  // locale's decimal and grouping marks); sets parsed_value_.
  int32_t ParseNumberEnd(int32_t i) {
    parsed_value_ = 0;
    if (numbers_) {
      icu::Formattable result;
      icu::ParsePosition position(i);
      numbers_->parse(text_, result, position);
      if (position.getIndex() > i) {
        UErrorCode status = U_ZERO_ERROR;
        parsed_value_ = result.getDouble(status);
        int32_t end = position.getIndex();
        while (end > i && !u_isdigit(text_.char32At(end - 1))) --end;  // "2, " keeps only "2"
        return end;
      }
    }
    int32_t end = i;
    while (end < text_.length() && u_isdigit(text_.char32At(end))) end += U16_LENGTH(text_.char32At(end));
    parsed_value_ = static_cast<double>(u_charDigitValue(text_.char32At(i)));
    return end;
  }




  // A number right after an acronym or "version" (WCAG 2.2, ISO 9001, v3).
  bool IsVersion(int32_t i) const {
    int32_t end = i;
    while (end > 0 && IsSpace(text_.charAt(end - 1))) --end;
    int32_t start = end;
    while (start > 0 && u_isalpha(text_.char32At(start - 1))) --start;
    if (start == end) return false;
    UnicodeString word(text_, start, end - start);
    if (word == "version" || word == "v") return true;
    if (!same_length_ || end - start < 2) return false;
    for (int32_t k = start; k < end; ++k) {
      if (!u_isupper(original_.char32At(k))) return false;
    }
    return true;
  }


  bool IsCurrencyAt(int32_t i) const {
    if (i >= text_.length()) return false;
    if (u_charType(text_.char32At(i)) == U_CURRENCY_SYMBOL) return true;
    // An ISO 4217 code written in capitals: "10 GBP".
    if (!same_length_ || i + 3 > original_.length() || IsWordAt(i + 3)) return false;
    for (int32_t k = i; k < i + 3; ++k) {
      if (!u_isupper(original_.charAt(k))) return false;
    }
    return true;
  }

  // The longest unit phrase of the lexicon at `i`.
  std::pair<std::string, int32_t> UnitAt(int32_t i) const {
    std::string best;
    int32_t best_end = i;
    for (const PhraseHit& hit : HitsAt(i)) {
      if (hit.list == PhraseList::Units && hit.end > best_end) {
        best = phrases_->UnitOf(hit.index);
        best_end = hit.end;
      }
    }
    return {best, best_end};
  }

  void NoteShare(double value, int32_t after) {
    if (AnyAt(SkipSpaces(after), {PhraseList::ShareMarkers})) reading_.share = value;
  }


  // Where `word` ends if the text holds it at `i` and a word may end
  // there, else `i`.
  int32_t WordAt(int32_t i, std::u16string_view word) const {
    UnicodeString wanted(false, word.data(), static_cast<int32_t>(word.size()));
    if (text_.compare(i, wanted.length(), wanted) != 0) return i;
    int32_t end = i + wanted.length();
    if (end < text_.length() && InsideWord(text_.char32At(end - 1), text_.char32At(end))) return i;
    return end;
  }

  // The longest phrase of `list` found in the text (the first of that
  // length); empty when none is.
  std::string Longest(PhraseList list) const {
    std::string longest;
    for (uint32_t k = 0; k < phrases_->Size(list); ++k) {
      const std::string& phrase = phrases_->Phrase(list, k);
      if (phrase.size() > longest.size() && found_[Found(list)][k]) longest = phrase;
    }
    return longest;
  }

  // The phrases of `list` in the text, leaving out any that is part of a
  // longer one found ("soon" inside "as soon as possible").
  std::vector<std::string> FindAll(PhraseList list) const {
    std::vector<std::string> found;
    for (uint32_t k = 0; k < phrases_->Size(list); ++k) {
      if (found_[Found(list)][k]) found.push_back(phrases_->Phrase(list, k));
    }
    std::vector<std::string> kept;
    for (const std::string& phrase : found) {
      bool inside_longer = false;
      for (const std::string& other : found) {
        if (other.size() > phrase.size() && other.find(phrase) != std::string::npos) inside_longer = true;
      }
      if (!inside_longer) kept.push_back(phrase);
    }
    return kept;
  }

  // The text from `start` to `end` as the writer cased it.
  std::string Written(int32_t start, int32_t end) const {
    return Utf8(UnicodeString(same_length_ ? original_ : text_, start, end - start));
  }

  bool IsWordAt(int32_t i) const { return charterc::IsWordAt(text_, i); }
  int32_t SkipSpaces(int32_t i) const { return charterc::SkipSpaces(text_, i); }

  std::shared_ptr<const LexiconPhrases> phrases_;
  const icu::Locale& locale_;
  const FactTable& facts_;
  const icu::NumberFormat* numbers_ = nullptr;
  const SpelledNumbers* spelled_ = nullptr;
  UnicodeString original_;  // with fact markers, original case
  UnicodeString text_;      // lower case
  PhoneNumbers phones_{text_};
  bool same_length_ = true;
  // The lexicon phrases found so far, and where each position's are in
  // hits_ (first -1: not looked for yet). A cache, filled as reading asks.
  mutable std::vector<PhraseHit> hits_;
  mutable std::vector<std::pair<int32_t, int32_t>> hit_spans_;
  mutable int64_t phrase_steps_ = 0;
  std::array<std::vector<bool>, 3> found_;  // events, hedges, vague: which occur where a word starts
  std::vector<std::string> fact_names_;
  size_t fact_index_ = 0;
  double parsed_value_ = 0;
  TargetReading reading_;
};

}  // namespace

Verdict DecideVerdict(const TargetReading& reading) {
  if (!reading.quantities.empty()) {
    return reading.share && reading.period.empty() ? Verdict::Incomplete : Verdict::Measurable;
  }
  if (!reading.bare_numbers.empty()) return Verdict::Incomplete;
  if (!reading.frequency.empty()) return Verdict::Measurable;  // "we publish our results each quarter"
  if (!reading.vague_words.empty() || !reading.hedges.empty()) return Verdict::Vague;
  return Verdict::Binary;
}

TargetReading ReadTarget(const std::string& text, const Lexicon& lexicon, const icu::Locale& locale,
                         const FactTable& facts, ScanWork* work) {
  return Reader(text, lexicon, locale, facts).Run(work);
}

}  // namespace charterc
