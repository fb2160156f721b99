#include "analysis/contact_scan.h"

namespace charterc {

namespace {

bool IsAsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLocalChar(char c) {
  return IsAsciiLetter(c) || IsAsciiDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool IsDomainChar(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c) || c == '.' || c == '-'; }
bool IsPhoneChar(char c) { return IsAsciiDigit(c) || c == ' ' || c == '-'; }

// The end of the address whose domain starts at `from` (just after the
// '@'), or `from` when none does: the domain runs as far as it can, then
// gives back until a dot followed by two letters or more, whose letters
// then run as far as they can (as a backtracking matcher would).
size_t DomainEnd(std::string_view text, size_t from) {
  size_t run_end = from;
  while (run_end < text.size() && IsDomainChar(text[run_end])) ++run_end;
  // The dot may not be the domain's first character: the part before it is not empty.
  for (size_t dot = run_end; dot-- > from + 1;) {
    if (text[dot] != '.') continue;
    size_t letters_end = dot + 1;
    while (letters_end < text.size() && IsAsciiLetter(text[letters_end])) ++letters_end;
    if (letters_end - (dot + 1) >= 2) return letters_end;
  }
  return from;
}

}  // namespace

std::vector<std::string> FindEmailAddresses(std::string_view text) {
  std::vector<std::string> found;
  size_t searched = 0;  // matches never overlap: the next one starts after the last
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    size_t start = at;
    while (start > searched && IsLocalChar(text[start - 1])) --start;
    if (start == at) continue;
    size_t end = DomainEnd(text, at + 1);
    if (end == at + 1) continue;
    found.emplace_back(text.substr(start, end - start));
    searched = end;
  }
  return found;
}

std::vector<std::string> FindPhoneNumbers(std::string_view text) {
  std::vector<std::string> found;
  for (size_t start = 0; start < text.size();) {
    size_t first_digit = text[start] == '+' ? start + 1 : start;
    if (first_digit >= text.size() || !IsAsciiDigit(text[first_digit])) {
      ++start;
      continue;
    }
    // Digits, spaces and dashes after the first digit; the number ends at
    // the last digit among them, which must leave seven or more between.
    size_t run_end = first_digit + 1;
    size_t last_digit = 0;
    for (; run_end < text.size() && IsPhoneChar(text[run_end]); ++run_end) {
      if (IsAsciiDigit(text[run_end])) last_digit = run_end;
    }
    if (last_digit >= first_digit + 8) {
      found.emplace_back(text.substr(start, last_digit + 1 - start));
      start = last_digit + 1;
    } else {
      // A later start inside the run has fewer characters before its end: none can match.
      start = run_end;
    }
  }
  return found;
}

}  // namespace charterc
