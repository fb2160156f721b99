#include "check/target_reader.h"

#include "i18n/text_case.h"
#include "model/fact_placeholders.h"

#include <unicode/numfmt.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>

namespace charterc {

namespace {

using icu::UnicodeString;

constexpr UChar kFactMarker = 0xFDD1;  // a noncharacter: stands for one {{ fact }}

bool IsWordChar(UChar32 c) { return u_isalnum(c) || c == kFactMarker; }

// Scripts written without spaces between words (Chinese, Japanese, Thai,
// ...): a number or phrase may touch the characters around it ("在20秒内").
bool IsUnspaced(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR: return true;
    default: return false;
  }
}

// Whether `before` and `after` are two letters of one word, so that no
// word may start or end between them.
bool InsideWord(UChar32 before, UChar32 after) {
  return IsWordChar(before) && IsWordChar(after) && !IsUnspaced(before) && !IsUnspaced(after);
}
bool IsSpace(UChar32 c) { return c == ' ' || c == 0x00A0 || c == 0x202F || c == '\t'; }

std::string Utf8(const UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Creating an ICU number format is costly and every commitment, table cell
// and target needs one: one per locale and thread is kept. Null on failure.
const icu::NumberFormat* NumberFormatFor(const icu::Locale& locale) {
  thread_local std::map<std::string, std::unique_ptr<icu::NumberFormat>> formats;
  auto it = formats.find(locale.getName());
  if (it == formats.end()) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> format(icu::NumberFormat::createInstance(locale, status));
    if (U_FAILURE(status)) format.reset();
    it = formats.emplace(locale.getName(), std::move(format)).first;
  }
  return it->second.get();
}

class Reader {
 public:
  Reader(const std::string& text, const Lexicon& lexicon, const icu::Locale& locale, const FactTable& facts)
      : lexicon_(lexicon), locale_(locale), facts_(facts) {
    PrepareText(text);
    numbers_ = NumberFormatFor(locale);
  }

  TargetReading Run() {
    for (int32_t i = 0; i < text_.length();) i = ReadAt(i);
    reading_.period = Longest(lexicon_.periods);  // "twice a year" rather than "a year"
    reading_.event = Longest(lexicon_.events);
    reading_.hedges = FindAll(lexicon_.hedges);
    reading_.vague_words = FindAll(lexicon_.vague);
    reading_.verdict = Decide();
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
    text_ = UnicodeString::fromUTF8(LowerCase(plain, locale_));
    same_length_ = original_.length() == text_.length();
  }

  // Reads whatever starts at `i`; returns where to continue.
  int32_t ReadAt(int32_t i) {
    UChar32 c = text_.char32At(i);
    if (c == kFactMarker) return ReadFact(i);
    UChar32 before = i == 0 ? ' ' : text_.char32At(i - 1);
    bool starts_word = !IsWordChar(before) || IsUnspaced(before) || u_charType(before) == U_CURRENCY_SYMBOL;
    if (starts_word && (c == '+' || u_isdigit(c))) {
      if (int32_t end = PhoneNumberEnd(i); end > i) return end;
      if (u_isdigit(c)) return ReadNumber(i);
    }
    return i + U16_LENGTH(c);
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
    Quantity quantity{fact->second.value, FactUnitName(fact->second.unit), "{{ " + fact_names_[index] + " }}"};
    if (quantity.unit == "percent") NoteShare(quantity.value, next);
    reading_.quantities.push_back(std::move(quantity));
    return next;
  }

  // "+44 1632 960000", "01632 960 000": seven or more digits with spaces,
  // or starting with + or 0. Returns the end of the number, or `i`.
  int32_t PhoneNumberEnd(int32_t i) const {
    int32_t end = i, digits = 0, last_digit = i;
    bool spaced = false;
    for (; end < text_.length(); ++end) {
      UChar c = text_.charAt(end);
      if (u_isdigit(c)) {
        ++digits;
        last_digit = end;
      } else if (c == ' ' || c == '-' || c == '(' || c == ')' || (c == '+' && end == i)) {
        spaced = spaced || c == ' ';
      } else {
        break;
      }
    }
    UChar first = text_.charAt(i);
    bool phone = digits >= 7 && (spaced || first == '+' || first == '0');
    return phone ? last_digit + 1 : i;
  }

  int32_t ReadNumber(int32_t i) {
    int32_t end = ParseNumberEnd(i);
    double value = parsed_value_;
    std::string written = Utf8(UnicodeString(text_, i, end - i));
    // 4.2.1 (a clause), 9:30 or 9am (a time), 1st/2e/3ydd (an ordinal).
    if (IsClauseNumber(end) || IsTimeOfDay(end) || IsOrdinal(end)) return SkipNumberTail(end);
    int32_t after = SkipSpaces(end);
    if (after < text_.length() && text_.charAt(after) == '-') after = SkipSpaces(after + 1);  // "30-minute"
    bool money_before = i > 0 && u_charType(text_.char32At(i - 1)) == U_CURRENCY_SYMBOL;
    if (money_before || IsCurrencyAt(after)) {
      reading_.quantities.push_back({value, "money", written});
      return IsCurrencyAt(after) ? after + 1 : end;
    }
    auto [unit, unit_end] = UnitAt(after);
    if (!unit.empty()) {
      reading_.quantities.push_back({value, unit, Utf8(UnicodeString(text_, i, unit_end - i))});
      if (unit == "percent") NoteShare(value, unit_end);
      return unit_end;
    }
    bool year = end - i == 4 && value >= 1900 && value <= 2100;
    if (!year && !IsVersion(i)) {
      reading_.bare_numbers.push_back(written);
      reading_.bare_values.push_back(value);
    }
    return end;
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

  bool IsClauseNumber(int32_t end) const {
    return end + 1 < text_.length() && text_.charAt(end) == '.' && u_isdigit(text_.char32At(end + 1));
  }

  bool IsTimeOfDay(int32_t end) const {
    if (end + 1 < text_.length() && (text_.charAt(end) == ':' || text_.charAt(end) == 'h') &&
        u_isdigit(text_.char32At(end + 1))) {
      return true;
    }
    int32_t after = SkipSpaces(end);
    for (const char* suffix : {"am", "pm", "a.m.", "p.m."}) {
      UnicodeString word(suffix);
      if (text_.compare(after, word.length(), word) == 0 && !IsWordAt(after + word.length())) return true;
    }
    return false;
  }

  bool IsOrdinal(int32_t end) const {
    for (const char* suffix : {"st", "nd", "rd", "th", "er", "re", "e", "ème", "ed", "fed", "ydd", "af", "il", "ain"}) {
      UnicodeString word = UnicodeString::fromUTF8(suffix);
      if (text_.compare(end, word.length(), word) == 0 && !IsWordAt(end + word.length())) return true;
    }
    return false;
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

  int32_t SkipNumberTail(int32_t end) const {
    while (end < text_.length() && (u_isalnum(text_.char32At(end)) || text_.charAt(end) == '.' ||
                                    text_.charAt(end) == ':')) {
      ++end;
    }
    return end;
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
    for (const auto& [unit, phrases] : lexicon_.units) {
      for (const std::string& phrase : phrases) {
        int32_t end = MatchAt(i, phrase);
        if (end > best_end) {
          best = unit;
          best_end = end;
        }
      }
    }
    return {best, best_end};
  }

  void NoteShare(double value, int32_t after) {
    int32_t at = SkipSpaces(after);
    for (const std::string& marker : lexicon_.share_markers) {
      if (MatchAt(at, marker) > at) {
        reading_.share = value;
        return;
      }
    }
  }

  Verdict Decide() const {
    bool quantity = !reading_.quantities.empty();
    if (quantity) return reading_.share && reading_.period.empty() ? Verdict::Incomplete : Verdict::Measurable;
    if (!reading_.bare_numbers.empty()) return Verdict::Incomplete;
    if (!reading_.vague_words.empty() || !reading_.hedges.empty()) return Verdict::Vague;
    return Verdict::Binary;
  }

  // Where `phrase` (already lower case) ends if it starts at `i`, else `i`.
  int32_t MatchAt(int32_t i, const std::string& phrase) const {
    // Lexicon phrases are lower case already (see ParseLexicon).
    UnicodeString wanted = UnicodeString::fromUTF8(phrase);
    if (wanted.isEmpty() || text_.compare(i, wanted.length(), wanted) != 0) return i;
    int32_t end = i + wanted.length();
    // A phrase ending in a letter must end a word ("min" is not "minister");
    // "d'" and "%" need no boundary.
    if (end < text_.length() && InsideWord(wanted.char32At(wanted.length() - 1), text_.char32At(end))) return i;
    return end;
  }

  // The first whole-word occurrence of `phrase`, or -1.
  int32_t Find(const std::string& phrase) const {
    UnicodeString wanted = UnicodeString::fromUTF8(phrase);
    for (int32_t at = text_.indexOf(wanted); at >= 0; at = text_.indexOf(wanted, at + 1)) {
      bool starts = at == 0 || !u_isalnum(wanted.char32At(0)) || !InsideWord(text_.char32At(at - 1), wanted.char32At(0));
      if (starts && MatchAt(at, phrase) > at) return at;
    }
    return -1;
  }

  // The longest phrase of `list` found in the text; empty when none is.
  std::string Longest(const std::vector<std::string>& list) const {
    std::string longest;
    for (const std::string& phrase : list) {
      if (phrase.size() > longest.size() && Find(phrase) >= 0) longest = phrase;
    }
    return longest;
  }

  // The phrases of `list` in the text, leaving out any that is part of a
  // longer one found ("soon" inside "as soon as possible").
  std::vector<std::string> FindAll(const std::vector<std::string>& list) const {
    std::vector<std::string> found;
    for (const std::string& phrase : list) {
      if (Find(phrase) >= 0) found.push_back(phrase);
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

  bool IsWordAt(int32_t i) const { return i < text_.length() && IsWordChar(text_.char32At(i)); }

  int32_t SkipSpaces(int32_t i) const {
    while (i < text_.length() && IsSpace(text_.charAt(i))) ++i;
    return i;
  }

  const Lexicon& lexicon_;
  const icu::Locale& locale_;
  const FactTable& facts_;
  const icu::NumberFormat* numbers_ = nullptr;
  UnicodeString original_;  // with fact markers, original case
  UnicodeString text_;      // lower case
  bool same_length_ = true;
  std::vector<std::string> fact_names_;
  size_t fact_index_ = 0;
  double parsed_value_ = 0;
  TargetReading reading_;
};

}  // namespace

TargetReading ReadTarget(const std::string& text, const Lexicon& lexicon, const icu::Locale& locale,
                         const FactTable& facts) {
  return Reader(text, lexicon, locale, facts).Run();
}

}  // namespace charterc
