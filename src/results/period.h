#pragma once
// A reporting period of a published result, read from a results file
// ("2025-08", "2025-Q3", "2025", "2024/25") or from a results column's
// header ("2024/25 result", "Q1", "Achieved"). Periods of one kind are put
// in order by their key; a header naming no period keeps its column order.

#include <optional>
#include <string>
#include <string_view>

namespace charterc {

enum class PeriodKind { Month, Quarter, Year, SpanYear, Label };

struct Period {
  PeriodKind kind = PeriodKind::Label;
  int year = 0;  // the first (or only) calendar year; 0 for a quarter with no year ("Q1")
  int part = 0;  // month 1-12, quarter 1-4; a label's column
  std::string text;  // as written

  // Orders periods of one kind: later periods have larger keys.
  long Key() const { return static_cast<long>(year) * 100 + part; }
  bool operator==(const Period& other) const { return kind == other.kind && Key() == other.Key(); }
};

// A results file's period: "2025-08" (a month), "2025-Q3" (a quarter),
// "2025" (a year), "2024/25" (a financial or academic year: the second
// year must follow the first). Nothing for anything else.
std::optional<Period> ParsePeriod(std::string_view text);

// The period a results column's header names, among its words: the forms
// above, "2024-25" (a span year when the second number follows the first)
// and "Q1" alone. Nothing when the header names none ("Achieved").
std::optional<Period> PeriodInHeader(std::string_view header);

// "Month", "Quarter", ... for messages (English: diagnostics are English).
const char* PeriodKindName(PeriodKind kind);

}  // namespace charterc
