#pragma once
// The moment of a build, read once in main() and passed down in Env: review
// dates are checked against it and books and PDFs carry it. With
// SOURCE_DATE_EPOCH set (the reproducible-builds convention) it is fixed, so
// the same sources give the same bytes on any day and on any machine.

#include <ctime>
#include <optional>

namespace charterc {

class Clock {
 public:
  virtual ~Clock() = default;
  // Seconds since 1970-01-01 UTC.
  virtual std::time_t Now() const = 0;
  // True when Now() was fixed by the caller (SOURCE_DATE_EPOCH), not read
  // from the system: then it also stands for every publication date.
  virtual bool Fixed() const = 0;
};

// The system's clock, unless `fixed` (from SOURCE_DATE_EPOCH) is given.
class SystemClock : public Clock {
 public:
  explicit SystemClock(std::optional<std::time_t> fixed = std::nullopt) : fixed_(fixed) {}
  std::time_t Now() const override { return fixed_ ? *fixed_ : std::time(nullptr); }
  bool Fixed() const override { return fixed_.has_value(); }

 private:
  std::optional<std::time_t> fixed_;
};

// A clock that always says the same moment: tests.
class FixedClock : public Clock {
 public:
  explicit FixedClock(std::time_t moment) : moment_(moment) {}
  std::time_t Now() const override { return moment_; }
  bool Fixed() const override { return true; }

 private:
  std::time_t moment_;
};

// SOURCE_DATE_EPOCH's value: a plain decimal number of seconds. Anything
// else (empty, signs, spaces, a date) is ignored, as the convention asks.
std::optional<std::time_t> ParseSourceDateEpoch(const char* value);

}  // namespace charterc
