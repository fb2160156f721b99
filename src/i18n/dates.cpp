#include "i18n/dates.h"

#include <cstdlib>
#include <memory>

#include <unicode/calendar.h>
#include <unicode/datefmt.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

namespace charterc {

namespace {

// Every document's dates are parsed, and making the format costs far more
// than parsing one date: one is kept per thread (an ICU format is not to be
// used by two threads at once). Null if ICU cannot make it.
const icu::SimpleDateFormat* IsoDateFormat() {
  thread_local std::unique_ptr<icu::SimpleDateFormat> format = [] {
    UErrorCode status = U_ZERO_ERROR;
    auto made = std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString(u"yyyy-MM-dd"), icu::Locale::getRoot(),
                                                        status);
    if (U_FAILURE(status)) return std::unique_ptr<icu::SimpleDateFormat>();
    made->setLenient(false);
    made->adoptTimeZone(icu::TimeZone::createTimeZone(u"UTC"));
    return made;
  }();
  return format.get();
}

}  // namespace

std::optional<UDate> ParseIsoDate(const std::string& text) {
  if (text.size() != 10) return std::nullopt;
  const icu::SimpleDateFormat* format = IsoDateFormat();
  if (format == nullptr) return std::nullopt;
  icu::ParsePosition position(0);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(text);
  UDate date = format->parse(source, position);
  if (position.getErrorIndex() >= 0 || position.getIndex() != source.length()) return std::nullopt;
  return date;
}

std::string FormatLongDate(UDate date, const icu::Locale& locale) {
  std::unique_ptr<icu::DateFormat> format(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale));
  if (!format) return {};
  format->adoptTimeZone(icu::TimeZone::createTimeZone(u"UTC"));
  icu::UnicodeString text;
  format->format(date, text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string IsoDate(std::time_t moment) {
  const UDate now = static_cast<UDate>(moment) * U_MILLIS_PER_SECOND;
  UErrorCode status = U_ZERO_ERROR;
  icu::SimpleDateFormat format(icu::UnicodeString("yyyy-MM-dd"), icu::Locale::getRoot(), status);
  format.adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
  icu::UnicodeString text;
  format.format(now, text);
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string FormatIsoDate(const std::string& iso, const icu::Locale& locale) {
  std::optional<UDate> date = ParseIsoDate(iso);
  return date ? FormatLongDate(*date, locale) : iso;
}

std::string IsoUtcTimestamp(std::time_t moment) {
  char text[32];
  std::tm utc{};
  gmtime_r(&moment, &utc);
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace charterc
