#include "render/results_format.h"

#include <unicode/datefmt.h>
#include <unicode/gregocal.h>
#include <unicode/numberformatter.h>
#include <unicode/timezone.h>

#include <memory>

#include "i18n/fact_formatter.h"

namespace charterc {

namespace {

std::string Utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// A year in the page's digits, never grouped ("2025", not "2,025").
std::string Year(int year, const icu::Locale& locale, int digits = 1) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = icu::number::NumberFormatter::withLocale(locale)
                                .grouping(UNUM_GROUPING_OFF)
                                .integerWidth(icu::number::IntegerWidth::zeroFillTo(digits))
                                .formatInt(year, status)
                                .toString(status);
  return U_FAILURE(status) ? std::to_string(year) : Utf8(text);
}

std::string Month(const Period& period, const char* skeleton, const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::DateFormat> format(
      icu::DateFormat::createInstanceForSkeleton(icu::UnicodeString(skeleton), locale, status));
  if (U_FAILURE(status) || !format) return period.text;
  format->adoptTimeZone(icu::TimeZone::createTimeZone(u"UTC"));
  icu::GregorianCalendar calendar(icu::TimeZone::createTimeZone(u"UTC"), status);
  calendar.clear();
  calendar.set(period.year, period.part - 1, 15);
  UDate date = calendar.getTime(status);
  if (U_FAILURE(status)) return period.text;
  icu::UnicodeString text;
  format->format(date, text);
  return Utf8(text);
}

}  // namespace

std::string FormatResultValue(double value, const std::string& unit, const UiStrings& strings) {
  std::optional<FactUnit> fact_unit = FactUnitFromName(unit);
  if (unit == "count" || !fact_unit) fact_unit = FactUnit::Count;
  return FormatFact(Fact{"", value, *fact_unit, "", "", {}}, strings);
}

std::string FormatPeriod(const Period& period, const UiStrings& strings) {
  const icu::Locale& locale = strings.locale();
  switch (period.kind) {
    case PeriodKind::Month: return Month(period, "yMMMM", locale);
    case PeriodKind::Quarter: {
      std::string year = period.year > 0 ? Year(period.year, locale) : "";
      return strings.Format("results-quarter", {{"quarter", icu::Formattable(period.part)},
                                                {"year", icu::Formattable(icu::UnicodeString::fromUTF8(year))}});
    }
    case PeriodKind::Year: return Year(period.year, locale);
    case PeriodKind::SpanYear: return Year(period.year, locale) + "/" + Year((period.year + 1) % 100, locale, 2);
    case PeriodKind::Label: return period.text;
  }
  return period.text;
}

std::string FormatPeriodShort(const Period& period, bool with_year, const UiStrings& strings) {
  if (period.kind != PeriodKind::Month) return FormatPeriod(period, strings);
  return Month(period, with_year ? "yMMM" : "MMM", strings.locale());
}

std::string FormatTarget(const ResultTarget& target, const UiStrings& strings) {
  return FormatResultValue(target.value, target.unit, strings);
}

}  // namespace charterc
