#include "analysis/number_values.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include <unicode/dcfmtsym.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/uchar.h>

#include "analysis/text_scan.h"
#include "i18n/spelled_numbers.h"
#include "i18n/text_case.h"
#include "model/fact_placeholders.h"

namespace charterc {

namespace {

using icu::UnicodeString;

// The marks that may sit between the digit groups of one number: decimal
// and grouping marks of the scripts charters use (Arabic ones included),
// the time separator, and the no-break spaces that group French digits.
bool IsInnerMark(UChar c) {
  return c == '.' || c == ',' || c == ':' || c == '\'' || c == 0x2019 || c == 0x00A0 || c == 0x202F ||
         c == 0x066B || c == 0x066C;
}

// A number as written: its digit runs and the marks between them.
struct DigitToken {
  std::vector<UnicodeString> runs;
  std::vector<UChar> marks;
  int32_t end = 0;
};

// A plain space between digits groups thousands ("1 000") only where the
// language groups with a space, and only before exactly three digits.
bool IsSpaceGroup(const UnicodeString& text, int32_t i) {
  if (text.charAt(i) != ' ') return false;
  for (int32_t k = 1; k <= 3; ++k) {
    if (i + k >= text.length() || !u_isdigit(text.charAt(i + k))) return false;
  }
  return i + 4 >= text.length() || !u_isdigit(text.charAt(i + 4));
}

DigitToken ReadToken(const UnicodeString& text, int32_t i, bool space_groups) {
  DigitToken token;
  UnicodeString run;
  while (i < text.length()) {
    UChar32 c = text.char32At(i);
    if (u_isdigit(c)) {
      run.append(c);
      i += U16_LENGTH(c);
    } else if (!run.isEmpty() && i + 1 < text.length() && u_isdigit(text.char32At(i + 1)) &&
               (IsInnerMark(text.charAt(i)) || (space_groups && IsSpaceGroup(text, i)))) {
      token.runs.push_back(run);
      token.marks.push_back(text.charAt(i));
      run.remove();
      ++i;
    } else {
      break;
    }
  }
  token.runs.push_back(run);
  token.end = i;
  return token;
}

double RunValue(const UnicodeString& run) {
  double value = 0;
  for (int32_t k = 0; k < run.length(); k += U16_LENGTH(run.char32At(k))) {
    value = value * 10 + u_charDigitValue(run.char32At(k));
  }
  return value;
}

struct Marks {
  UnicodeString decimal;
  UnicodeString grouping;
};

// Once per language and thread (a cache per thread needs no lock).
const Marks& MarksFor(const icu::Locale& locale) {
  thread_local std::map<std::string, Marks> cache;
  auto it = cache.find(locale.getName());
  if (it != cache.end()) return it->second;
  Marks marks;
  UErrorCode status = U_ZERO_ERROR;
  icu::DecimalFormatSymbols symbols(locale, status);
  if (U_SUCCESS(status)) {
    marks.decimal = symbols.getSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol);
    marks.grouping = symbols.getSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol);
  }
  return cache.emplace(locale.getName(), marks).first->second;
}

// A space, no-break space or narrow no-break space: one grouping mark, typed
// in any of its forms.
bool IsSpaceMark(const UnicodeString& mark) {
  return mark == u" " || mark == u"\u00A0" || mark == u"\u202F";
}

bool AllGroupsOfThree(const DigitToken& token) {
  for (size_t k = 1; k < token.runs.size(); ++k) {
    bool same_mark = token.marks[k - 1] == token.marks[0] ||
                     (IsSpaceMark(UnicodeString(token.marks[k - 1])) && IsSpaceMark(UnicodeString(token.marks[0])));
    if (token.runs[k].length() != 3 || !same_mark) return false;
  }
  return true;
}

// The values one written number stands for. "2,5" in German and "2.5" in
// English are one decimal; "1.000" in German and "1,000" in English one
// thousand; a clause "4.2.1", a date "30.06.2025" or a time "9:30" is one
// value per part, the same in every language.
std::vector<double> TokenValues(const DigitToken& token, const icu::Locale& locale) {
  if (token.runs.size() == 1) return {RunValue(token.runs[0])};
  const Marks& marks = MarksFor(locale);
  UnicodeString first_mark(token.marks[0]);
  bool grouping = first_mark == marks.grouping || (IsSpaceMark(marks.grouping) && IsSpaceMark(first_mark));
  if (grouping && AllGroupsOfThree(token)) {
    double value = 0;
    for (const UnicodeString& run : token.runs) value = value * 1000 + RunValue(run);
    return {value};
  }
  if (token.runs.size() == 2 && (first_mark == marks.decimal || token.marks[0] == '.')) {
    double fraction = RunValue(token.runs[1]) / std::pow(10.0, token.runs[1].length());
    return {RunValue(token.runs[0]) + fraction};
  }
  std::vector<double> values;
  for (const UnicodeString& run : token.runs) values.push_back(RunValue(run));
  return values;
}

// The words ICU writes for units of time in the language ("seconds",
// "segundos", "secondes"): an ordinal spelled the same way ("segundo", the
// second) is the unit there, not a number. Once per language and thread.
const std::set<UnicodeString>& TimeUnitWordsFor(const icu::Locale& locale) {
  thread_local std::map<std::string, std::set<UnicodeString>> cache;
  auto it = cache.find(locale.getName());
  if (it != cache.end()) return it->second;
  std::set<UnicodeString> words;
  for (const icu::MeasureUnit& unit : {icu::MeasureUnit::getSecond(), icu::MeasureUnit::getMinute(),
                                       icu::MeasureUnit::getHour(), icu::MeasureUnit::getDay(),
                                       icu::MeasureUnit::getWeek(), icu::MeasureUnit::getMonth()}) {
    for (double value : {1.0, 2.0, 5.0}) {
      UErrorCode status = U_ZERO_ERROR;
      UnicodeString formatted = icu::number::NumberFormatter::withLocale(locale)
                                    .unit(unit)
                                    .unitWidth(UNUM_UNIT_WIDTH_FULL_NAME)
                                    .formatDouble(value, status)
                                    .toString(status);
      if (U_FAILURE(status)) continue;
      UnicodeString word;
      for (int32_t k = 0; k < formatted.length(); k += U16_LENGTH(formatted.char32At(k))) {
        if (u_isalpha(formatted.char32At(k))) word.append(formatted.char32At(k));
      }
      if (!word.isEmpty()) words.insert(word.toLower(locale));
    }
  }
  return cache.emplace(locale.getName(), std::move(words)).first->second;
}

class NumberScanner {
 public:
  NumberScanner(const icu::Locale& locale, const FactTable& facts, const std::map<std::string, double>& number_words)
      : locale_(locale),
        facts_(facts),
        cardinals_(SpelledNumbersFor(locale, number_words)),
        ordinals_(SpelledNumbersFor(locale, {}, SpelledNumbers::Kind::Ordinal)),
        unit_words_(TimeUnitWordsFor(locale)) {}

  std::vector<double> Run(const std::string& text, ScanWork* work) {
    std::string plain;
    SplitFactPlaceholders(
        text, [&](std::string_view run) { plain += run; },
        [&](const std::string& name, std::string_view) {
          if (auto fact = facts_.find(name); fact != facts_.end()) values_.push_back(fact->second.value);
          plain += " ";
        });
    text_ = LowerCaseUtf16(plain, locale_);
    for (int32_t i = 0; i < text_.length();) i = ReadAt(i);
    if (work != nullptr) {
      work->code_units += text_.length();
      work->run_steps += phones_.scanned();
    }
    values_.erase(std::remove_if(values_.begin(), values_.end(), [](double v) { return v == 0 || v == 1; }),
                  values_.end());
    std::sort(values_.begin(), values_.end());
    return values_;
  }

 private:
  int32_t ReadAt(int32_t i) {
    UChar32 c = text_.char32At(i);
    UChar32 before = i == 0 ? ' ' : text_.char32At(i - 1);
    bool starts_word = !IsWordChar(before) || IsUnspaced(before) || IsUnspaced(c);
    if (!starts_word) return i + U16_LENGTH(c);
    if (c == '+' || u_isdigit(c)) {
      if (int32_t end = phones_.EndAt(i); end > i) return end;  // a contact detail, compared as one
    }
    if (u_isdigit(c)) {
      DigitToken token = ReadToken(text_, i, IsSpaceMark(MarksFor(locale_).grouping));
      std::vector<double> values = TokenValues(token, locale_);
      // "5pm" is "17 Uhr" and "17 h" in languages that count 24 hours.
      if (values[0] < 12 && IsAfternoon(token.end)) values[0] += 12;
      for (double value : values) values_.push_back(value);
      return token.end;
    }
    if (u_isalpha(c)) return ReadWord(i);
    return i + U16_LENGTH(c);
  }

  bool IsAfternoon(int32_t end) const {
    int32_t at = SkipSpaces(text_, end);
    for (const char16_t* suffix : {u"pm", u"p.m."}) {
      UnicodeString word(suffix);
      if (text_.compare(at, word.length(), word) == 0 && !IsWordAt(text_, at + word.length())) return true;
    }
    return false;
  }

  // A number in words, cardinal or ordinal ("vierten" before "Klingeln"
  // is the 4 of "4th ring"), else the word is skipped.
  int32_t ReadWord(int32_t i) {
    std::optional<SpelledNumber> best = cardinals_.MatchAt(text_, i);
    std::optional<SpelledNumber> ordinal = ordinals_.MatchAt(text_, i);
    if (ordinal && (!best || ordinal->end > best->end)) best = ordinal;
    if (best && unit_words_.count(UnicodeString(text_, i, best->end - i))) best.reset();
    if (best) {
      values_.push_back(best->value);
      return best->end;
    }
    int32_t end = i;
    while (end < text_.length() && IsWordChar(text_.char32At(end)) && !IsUnspaced(text_.char32At(end))) {
      end += U16_LENGTH(text_.char32At(end));
    }
    return end == i ? i + U16_LENGTH(text_.char32At(i)) : end;
  }

  const icu::Locale& locale_;
  const FactTable& facts_;
  const SpelledNumbers& cardinals_;
  const SpelledNumbers& ordinals_;
  const std::set<UnicodeString>& unit_words_;
  UnicodeString text_;
  PhoneNumbers phones_{text_};
  std::vector<double> values_;
};

}  // namespace

std::vector<double> NumberValues(const std::string& text, const icu::Locale& locale, const FactTable& facts,
                                 const std::map<std::string, double>& number_words, ScanWork* work) {
  return NumberScanner(locale, facts, number_words).Run(text, work);
}

}  // namespace charterc
