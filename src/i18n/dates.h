#pragma once
// Calendar dates from front matter (ISO 8601, YYYY-MM-DD), read and shown
// with ICU. Dates are calendar days, so they are handled in UTC throughout.

#include <ctime>
#include <optional>
#include <string>

#include <unicode/locid.h>
#include <unicode/utypes.h>

namespace charterc {

// Milliseconds since the epoch at 00:00 UTC of an ISO date; nothing when
// `text` is not a real YYYY-MM-DD date (2026-02-30 is rejected).
std::optional<UDate> ParseIsoDate(const std::string& text);

// The calendar day of `moment` as YYYY-MM-DD (UTC); "today" is
// IsoDate(env.clock.Now()), which SOURCE_DATE_EPOCH fixes (base/clock.h).
std::string IsoDate(std::time_t moment);

// The date in `locale`'s long style ("1 September 2026", "1 septembre 2026").
std::string FormatLongDate(UDate date, const icu::Locale& locale);

// An ISO date from front matter in the locale's long style; the text as
// written when it is not a real date (already reported).
std::string FormatIsoDate(const std::string& iso, const icu::Locale& locale);

// "2026-11-23T00:00:00Z": a moment in UTC as ISO 8601 (EPUB's
// dcterms:modified, XMP dates).
std::string IsoUtcTimestamp(std::time_t moment);

}  // namespace charterc
