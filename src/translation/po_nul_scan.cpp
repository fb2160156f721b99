#include "translation/po_nul_scan.h"

namespace charterc {

namespace {

int DigitValue(char c, int base) {
  int value = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
  return value < base ? value : -1;
}

// Whether the escape after the backslash at `at` (\NNN octal, \xHH hex)
// has the value 0.
bool EscapesNul(std::string_view text, size_t at) {
  size_t i = at + 1;
  int base = 8;
  size_t max_digits = 3;
  if (i < text.size() && text[i] == 'x') {
    base = 16;
    max_digits = text.size();
    ++i;
  }
  size_t digits = 0;
  bool all_zero = true;
  for (; i < text.size() && digits < max_digits && DigitValue(text[i], base) >= 0; ++i, ++digits) {
    if (DigitValue(text[i], base) != 0) all_zero = false;
  }
  return digits > 0 && all_zero;
}

}  // namespace

std::optional<size_t> FindNulInPoStrings(std::string_view text) {
  bool comment = false;
  bool line_start = true;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\0') return i;
    if (line_start) comment = c == '#';
    line_start = c == '\n';
    if (c == '\\' && !comment) {
      if (EscapesNul(text, i)) return i;
      ++i;  // the escaped character, a backslash perhaps
      if (i < text.size() && text[i] == '\n') line_start = true;
    }
  }
  return std::nullopt;
}

}  // namespace charterc
