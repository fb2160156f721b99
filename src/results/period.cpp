#include "results/period.h"

#include <cctype>
#include <vector>

namespace charterc {

namespace {

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int Number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// "2024/25" or "2024/2025": the second year is the one after the first.
std::optional<Period> SpanYear(std::string_view text, std::string_view first, std::string_view second) {
  if (!AllDigits(first) || first.size() != 4 || !AllDigits(second)) return std::nullopt;
  int year = Number(first);
  bool follows = second.size() == 2 ? Number(second) == (year + 1) % 100 : second.size() == 4 && Number(second) == year + 1;
  if (!follows) return std::nullopt;
  return Period{PeriodKind::SpanYear, year, 0, std::string(text)};
}

// "Q3" or "q3": the quarter's number.
int QuarterNumber(std::string_view text) {
  if (text.size() != 2 || (text[0] != 'Q' && text[0] != 'q') || text[1] < '1' || text[1] > '4') return 0;
  return text[1] - '0';
}

std::optional<Period> Parse(std::string_view text, bool header) {
  if (AllDigits(text) && text.size() == 4) return Period{PeriodKind::Year, Number(text), 0, std::string(text)};
  if (header && QuarterNumber(text) > 0) return Period{PeriodKind::Quarter, 0, QuarterNumber(text), std::string(text)};
  size_t separator = text.find_first_of("/-");
  if (separator == std::string_view::npos) return std::nullopt;
  std::string_view first = text.substr(0, separator), second = text.substr(separator + 1);
  if (text[separator] == '/') return SpanYear(text, first, second);
  if (!AllDigits(first) || first.size() != 4) return std::nullopt;
  if (int quarter = QuarterNumber(second); quarter > 0) {
    return Period{PeriodKind::Quarter, Number(first), quarter, std::string(text)};
  }
  // In a header "2024-25" is a span year; in a file it would be ambiguous
  // with a month ("2011-12"), so a file writes months only this way.
  if (header) {
    if (std::optional<Period> span = SpanYear(text, first, second)) return span;
  }
  if (!AllDigits(second) || second.size() != 2) return std::nullopt;
  int month = Number(second);
  if (month < 1 || month > 12) return std::nullopt;
  return Period{PeriodKind::Month, Number(first), month, std::string(text)};
}

}  // namespace

std::optional<Period> ParsePeriod(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return Parse(text, false);
}

std::optional<Period> PeriodInHeader(std::string_view header) {
  size_t start = 0;
  while (start < header.size()) {
    size_t end = header.find(' ', start);
    if (end == std::string_view::npos) end = header.size();
    if (std::optional<Period> period = Parse(header.substr(start, end - start), true)) return period;
    start = end + 1;
  }
  return std::nullopt;
}

const char* PeriodKindName(PeriodKind kind) {
  switch (kind) {
    case PeriodKind::Month: return "month";
    case PeriodKind::Quarter: return "quarter";
    case PeriodKind::Year: return "year";
    case PeriodKind::SpanYear: return "financial or academic year";
    case PeriodKind::Label: return "column";
  }
  return "";
}

}  // namespace charterc
