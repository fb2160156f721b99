#include "render/results_chart.h"

#include <sstream>

#include <doctest/doctest.h>

#include "base/file_system.h"
#include "i18n/ui_strings.h"

namespace charterc {

namespace {

ResultSeries Months(int count, double value) {
  ResultSeries series;
  for (int month = 1; month <= count; ++month) {
    ResultPoint point;
    point.period = Period{PeriodKind::Month, 2025, month, ""};
    point.value = value;
    point.met = true;
    series.points.push_back(point);
  }
  return series;
}

std::string Chart(const ResultSeries& series, const ResultTarget& target) {
  MemoryFileSystem fs;
  UiStrings strings = UiStrings::Load(fs, ".", "en");
  pugi::xml_document document;
  AppendResultsChart(document, series, target, ChartText{"c", "title", "description"}, strings, false);
  std::ostringstream out;
  document.save(out, "", pugi::format_raw | pugi::format_no_declaration);
  return out.str();
}

}  // namespace

TEST_CASE("one or two results are bars from zero; more are a line") {
  ResultTarget share{90, "percent", true, "90%"};
  std::string one = Chart(Months(1, 96), share);
  CHECK(one.find("<rect class=\"bar\"") != std::string::npos);
  CHECK(one.find("<polyline") == std::string::npos);
  // The bar's scale starts at zero: its lowest gridline is labelled 0%.
  CHECK(one.find(">0%<") != std::string::npos);

  std::string two = Chart(Months(2, 96), share);
  size_t first = two.find("<rect class=\"bar\"");
  REQUIRE(first != std::string::npos);
  CHECK(two.find("<rect class=\"bar\"", first + 1) != std::string::npos);

  std::string twelve = Chart(Months(12, 96), share);
  CHECK(twelve.find("<rect") == std::string::npos);
  CHECK(twelve.find("<polyline class=\"results\"") != std::string::npos);
  // A line of shares starts at a round number below the lowest figure.
  CHECK(twelve.find(">0%<") == std::string::npos);
}

}  // namespace charterc
