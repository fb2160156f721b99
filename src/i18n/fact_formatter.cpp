#include "i18n/fact_formatter.h"

#include <unicode/currunit.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>

namespace charterc {

namespace {

using icu::number::NumberFormatter;
using icu::number::UnlocalizedNumberFormatter;

std::string Run(const UnlocalizedNumberFormatter& formatter, double value, const icu::Locale& locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = formatter.locale(locale).formatDouble(value, status).toString(status);
  if (U_FAILURE(status)) return {};
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string WithUnit(const icu::MeasureUnit& unit, double value, const icu::Locale& locale) {
  return Run(NumberFormatter::with().unit(unit).unitWidth(UNUM_UNIT_WIDTH_FULL_NAME), value, locale);
}

}  // namespace

std::string FormatFact(const Fact& fact, const UiStrings& strings) {
  const icu::Locale& locale = strings.locale();
  switch (fact.unit) {
    case FactUnit::Minute: return WithUnit(icu::MeasureUnit::getMinute(), fact.value, locale);
    case FactUnit::Hour: return WithUnit(icu::MeasureUnit::getHour(), fact.value, locale);
    case FactUnit::Day: return WithUnit(icu::MeasureUnit::getDay(), fact.value, locale);
    case FactUnit::Week: return WithUnit(icu::MeasureUnit::getWeek(), fact.value, locale);
    case FactUnit::Month: return WithUnit(icu::MeasureUnit::getMonth(), fact.value, locale);
    case FactUnit::WorkingDay: return strings.Format("working-days", {{"count", icu::Formattable(fact.value)}});
    case FactUnit::Percent:
      return Run(NumberFormatter::with().unit(icu::MeasureUnit::getPercent()), fact.value, locale);
    case FactUnit::Count: return Run(NumberFormatter::with(), fact.value, locale);
    case FactUnit::Money: {
      UErrorCode status = U_ZERO_ERROR;
      icu::CurrencyUnit currency(icu::UnicodeString::fromUTF8(fact.currency).getTerminatedBuffer(), status);
      if (U_FAILURE(status)) return Run(NumberFormatter::with(), fact.value, locale);
      return Run(NumberFormatter::with().unit(currency), fact.value, locale);
    }
  }
  return {};
}

}  // namespace charterc
