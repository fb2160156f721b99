#pragma once
// How the target reader scans a promise's text (UTF-16, lower case): what
// is a word character in scripts with and without spaces, the locale's
// number format and month names, and the numbers that are never targets
// (phone numbers, clause numbers such as 4.2.1, times of day, ordinals).

#include <cstdint>
#include <string>
#include <vector>

#include <unicode/locid.h>
#include <unicode/numfmt.h>
#include <unicode/unistr.h>

namespace charterc {

constexpr UChar kFactMarker = 0xFDD1;  // a noncharacter: stands for one {{ fact }}

// The work a scan of one text did, counted rather than timed, so that a
// test can check it grows in step with the text: reading must stay linear,
// whatever an author or translator pastes in. Added to, so one counter can
// total several scans.
struct ScanWork {
  int64_t code_units = 0;    // UTF-16 code units of text read
  int64_t phrase_steps = 0;  // code units compared with lexicon phrases (see i18n/phrase_trie.h)
  int64_t run_steps = 0;     // code units scanned for phone numbers (see PhoneNumbers)
  int64_t Total() const { return code_units + phrase_steps + run_steps; }
};

bool IsWordChar(UChar32 c);
// Scripts written without spaces between words (Chinese, Japanese, Thai,
// ...): a number or phrase may touch the characters around it ("在20秒内").
bool IsUnspaced(UChar32 c);
// Whether `before` and `after` are two letters of one word, so that no
// word may start or end between them.
bool InsideWord(UChar32 before, UChar32 after);
bool IsSpace(UChar32 c);
bool IsWordAt(const icu::UnicodeString& text, int32_t i);
int32_t SkipSpaces(const icu::UnicodeString& text, int32_t i);
std::string Utf8(const icu::UnicodeString& text);

// One per locale and thread; null on failure.
const icu::NumberFormat* NumberFormatFor(const icu::Locale& locale);
// The language's month names, wide and abbreviated, lower case.
const std::vector<icu::UnicodeString>& MonthNamesFor(const icu::Locale& locale);

// "+44 1632 960000", "01632 960 000": seven or more digits with spaces,
// or starting with + or 0. Readers ask at every number; each run of
// digits, spaces, dashes and brackets is scanned once however many numbers
// it holds ("1-1-1-..." was scanned again from each of its digits).
class PhoneNumbers {
 public:
  explicit PhoneNumbers(const icu::UnicodeString& text) : text_(text) {}
  // The end of the phone number that starts at `i`, or `i`.
  int32_t EndAt(int32_t i);
  // Code units scanned so far (work, for tests that count it).
  int64_t scanned() const { return scanned_; }

 private:
  void ScanRun(int32_t from);

  const icu::UnicodeString& text_;
  int32_t run_start_ = -1;  // the last run scanned: [run_start_, run_end_)
  int32_t run_end_ = -1;
  int32_t last_digit_ = -1;
  std::vector<int32_t> digits_from_;  // digits in [run_start_ + k, run_end_)
  std::vector<int32_t> space_from_;   // the first space at or after run_start_ + k, or run_end_
  int64_t scanned_ = 0;
};

// Numbers that are never targets, read where a number ends at `end`.
bool IsClauseNumber(const icu::UnicodeString& text, int32_t end);
bool IsTimeOfDay(const icu::UnicodeString& text, int32_t end);
bool IsOrdinal(const icu::UnicodeString& text, int32_t end);
int32_t SkipNumberTail(const icu::UnicodeString& text, int32_t end);

}  // namespace charterc
