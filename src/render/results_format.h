#pragma once
// Results shown in a page's language, all by ICU with the page's locale:
// a value in its target's unit ("96%", "١٫٥ يوم عمل"), a period ("Aug
// 2025", "أغسطس ٢٠٢٥", "Q3 2025", "2024/25" in the page's digits).

#include <string>

#include "i18n/ui_strings.h"
#include "results/period.h"
#include "results/results_book.h"

namespace charterc {

// `unit` as ResultTarget::unit; a unit with no formatter shows the number.
std::string FormatResultValue(double value, const std::string& unit, const UiStrings& strings);

// The full name of a period; a header's label as written.
std::string FormatPeriod(const Period& period, const UiStrings& strings);

// A short label for a chart's axis: a month's abbreviated name, with its
// year when `with_year`; other periods in full.
std::string FormatPeriodShort(const Period& period, bool with_year, const UiStrings& strings);

// A target as a page shows it: "95%", "2 working days".
std::string FormatTarget(const ResultTarget& target, const UiStrings& strings);

}  // namespace charterc
