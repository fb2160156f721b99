#include "analysis/text_scan.h"

#include <map>
#include <memory>

#include <unicode/dtfmtsym.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace charterc {

using icu::UnicodeString;

bool IsWordChar(UChar32 c) { return u_isalnum(c) || c == kFactMarker; }

// Scripts written without spaces between words (Chinese, Japanese, Thai,
// ...): a number or phrase may touch the characters around it ("在20秒内").
bool IsUnspaced(UChar32 c) {
  if (c < 0x0E00) return false;  // every script below Thai is written with spaces: no script look-up
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
// and target needs one: one per locale and thread is kept (per thread
// because an ICU format must not be used by two threads at once, and a
// cache per thread needs no lock). Null on failure.
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

// The language's month names, wide and abbreviated, lower case: "30 june"
// and "june 30" are dates (a deadline), not a count of "june". Made once
// per language and thread (a cache per thread needs no lock).
const std::vector<UnicodeString>& MonthNamesFor(const icu::Locale& locale) {
  thread_local std::map<std::string, std::vector<UnicodeString>> names;
  auto it = names.find(locale.getName());
  if (it != names.end()) return it->second;
  std::vector<UnicodeString> months;
  UErrorCode status = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols(locale, status);
  if (U_SUCCESS(status)) {
    for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
      int32_t count = 0;
      const UnicodeString* list = symbols.getMonths(count, icu::DateFormatSymbols::FORMAT, width);
      for (int32_t k = 0; k < count; ++k) {
        UnicodeString name = UnicodeString(list[k]).toLower(locale);
        while (!name.isEmpty() && name.charAt(name.length() - 1) == '.') name.truncate(name.length() - 1);
        if (name.length() >= 3) months.push_back(name);
      }
    }
  }
  return names.emplace(locale.getName(), std::move(months)).first->second;
}

bool IsWordAt(const UnicodeString& text, int32_t i) { return i < text.length() && IsWordChar(text.char32At(i)); }

int32_t SkipSpaces(const UnicodeString& text, int32_t i) {
  while (i < text.length() && IsSpace(text.charAt(i))) ++i;
  return i;
}

namespace {

bool IsPhoneRunChar(UChar c) { return u_isdigit(c) || c == ' ' || c == '-' || c == '(' || c == ')'; }

}  // namespace

void PhoneNumbers::ScanRun(int32_t from) {
  run_start_ = from;
  run_end_ = from;
  while (run_end_ < text_.length() && IsPhoneRunChar(text_.charAt(run_end_))) ++run_end_;
  scanned_ += run_end_ - from + 1;
  size_t size = static_cast<size_t>(run_end_ - from);
  digits_from_.assign(size + 1, 0);
  space_from_.assign(size + 1, run_end_);
  last_digit_ = -1;
  for (size_t k = size; k-- > 0;) {
    UChar c = text_.charAt(from + static_cast<int32_t>(k));
    bool digit = u_isdigit(c);
    if (digit && last_digit_ < 0) last_digit_ = from + static_cast<int32_t>(k);
    digits_from_[k] = digits_from_[k + 1] + (digit ? 1 : 0);
    space_from_[k] = c == ' ' ? from + static_cast<int32_t>(k) : space_from_[k + 1];
  }
}

int32_t PhoneNumbers::EndAt(int32_t i) {
  if (i >= text_.length()) return i;
  UChar first = text_.charAt(i);
  // A '+' may only open the number: the run of digits, spaces, dashes and
  // brackets starts after it.
  int32_t from = first == '+' ? i + 1 : i;
  if (from < run_start_ || from >= run_end_) ScanRun(from);
  if (run_end_ == run_start_) return i;
  size_t k = static_cast<size_t>(from - run_start_);
  bool spaced = space_from_[k] < run_end_;
  bool phone = digits_from_[k] >= 7 && (spaced || first == '+' || first == '0');
  return phone ? last_digit_ + 1 : i;
}

bool IsClauseNumber(const UnicodeString& text, int32_t end) {
  return end + 1 < text.length() && text.charAt(end) == '.' && u_isdigit(text.char32At(end + 1));
}

bool IsTimeOfDay(const UnicodeString& text, int32_t end) {
  if (end + 1 < text.length() && (text.charAt(end) == ':' || text.charAt(end) == 'h') &&
      u_isdigit(text.char32At(end + 1))) {
    return true;
  }
  int32_t after = SkipSpaces(text, end);
  for (const char* suffix : {"am", "pm", "a.m.", "p.m."}) {
    UnicodeString word(suffix);
    if (text.compare(after, word.length(), word) == 0 && !IsWordAt(text, after + word.length())) return true;
  }
  return false;
}

bool IsOrdinal(const UnicodeString& text, int32_t end) {
  for (const char16_t* suffix : {u"st", u"nd", u"rd", u"th", u"er", u"re", u"e", u"\u00E8me", u"ed", u"fed", u"ydd",
                                 u"af", u"il", u"ain"}) {
    UnicodeString word(true, suffix, -1);  // read-only alias of the literal: no copy
    if (text.compare(end, word.length(), word) == 0 && !IsWordAt(text, end + word.length())) return true;
  }
  return false;
}

int32_t SkipNumberTail(const UnicodeString& text, int32_t end) {
  while (end < text.length() && (u_isalnum(text.char32At(end)) || text.charAt(end) == '.' ||
                                  text.charAt(end) == ':')) {
    ++end;
  }
  return end;
}

}  // namespace charterc
