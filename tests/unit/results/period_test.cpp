#include <doctest/doctest.h>

#include "results/period.h"
#include "results/results_book.h"

using namespace charterc;

TEST_CASE("a results file's periods: months, quarters, years and span years") {
  std::optional<Period> month = ParsePeriod("2025-08");
  REQUIRE(month);
  CHECK(month->kind == PeriodKind::Month);
  CHECK(month->year == 2025);
  CHECK(month->part == 8);
  std::optional<Period> quarter = ParsePeriod(" 2025-Q3 ");
  REQUIRE(quarter);
  CHECK(quarter->kind == PeriodKind::Quarter);
  CHECK(quarter->part == 3);
  CHECK(ParsePeriod("2025")->kind == PeriodKind::Year);
  CHECK(ParsePeriod("2024/25")->kind == PeriodKind::SpanYear);
  CHECK(ParsePeriod("2024/2025")->year == 2024);
  // A file writes "2011-12" only as a month: December 2011.
  CHECK(ParsePeriod("2011-12")->kind == PeriodKind::Month);
  for (const char* wrong : {"2024/26", "2025-13", "2025-00", "Feb 2026", "25-08", "2025-Q5", "", "Q1"}) {
    CAPTURE(wrong);
    CHECK_FALSE(ParsePeriod(wrong));
  }
}

TEST_CASE("periods of one kind are ordered by their key") {
  CHECK(ParsePeriod("2025-12")->Key() < ParsePeriod("2026-01")->Key());
  CHECK(ParsePeriod("2025-Q4")->Key() < ParsePeriod("2026-Q1")->Key());
  CHECK(*ParsePeriod("2025-08") == *ParsePeriod("2025-08"));
}

TEST_CASE("the period a results column's header names") {
  std::optional<Period> span = PeriodInHeader("2024/25 result");
  REQUIRE(span);
  CHECK(span->kind == PeriodKind::SpanYear);
  CHECK(span->year == 2024);
  CHECK(PeriodInHeader("performance 2024-25")->kind == PeriodKind::SpanYear);
  CHECK(PeriodInHeader("2011-12")->kind == PeriodKind::SpanYear);  // in a header: a span year
  CHECK(PeriodInHeader("q1")->kind == PeriodKind::Quarter);
  CHECK(PeriodInHeader("2024")->kind == PeriodKind::Year);
  CHECK_FALSE(PeriodInHeader("achieved"));
  CHECK_FALSE(PeriodInHeader("target"));
}

TEST_CASE("met is computed from the target's direction; the trend too") {
  ResultTarget share{95, "percent", true, "95%"};
  CHECK(MetTarget(share, 95));
  CHECK(MetTarget(share, 96.5));
  CHECK_FALSE(MetTarget(share, 94.9));
  ResultTarget time{2, "working-day", false, "2 working days"};
  CHECK(MetTarget(time, 1.5));
  CHECK(MetTarget(time, 2));
  CHECK_FALSE(MetTarget(time, 2.5));

  ResultSeries series{PeriodKind::Month, {}};
  auto add = [&](const char* period, double value, const ResultTarget& target) {
    series.points.push_back({*ParsePeriod(period), value, std::nullopt, target, MetTarget(target, value), {}});
  };
  add("2026-01", 94, share);
  CHECK(TrendOf(series) == Trend::Unknown);
  add("2026-02", 97, share);
  CHECK(TrendOf(series) == Trend::Better);
  add("2026-03", 97, share);
  CHECK(TrendOf(series) == Trend::Steady);
  series.points.clear();
  add("2026-01", 1.5, time);
  add("2026-02", 2.5, time);  // a longer time is worse
  CHECK(TrendOf(series) == Trend::Worse);
}
