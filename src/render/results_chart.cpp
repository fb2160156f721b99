#include "render/results_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "render/results_format.h"

namespace charterc {

namespace {

constexpr double kWidth = 640, kHeight = 240;
// The right margin holds the target line's label, beyond the results.
constexpr double kLeft = 56, kRight = 96, kTop = 24, kBottom = 44;
// Series this short are drawn as bars; a bar is this share of its slot.
constexpr size_t kMostBars = 2;
constexpr double kBarShare = 0.4;

std::string Number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  std::string out = text;
  if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
  return out;
}

// The value range shown: shares from a round number below the lowest
// figure (a line chart need not start at zero) to 100; others from zero.
// Bars always start at zero: a bar's length is its value.
void Range(const ResultSeries& series, const std::optional<ResultTarget>& target, bool bars, double* low,
           double* high) {
  double lowest = target ? target->value : series.points.front().value, highest = lowest;
  for (const ResultPoint& point : series.points) {
    lowest = std::min(lowest, point.value);
    highest = std::max(highest, point.value);
  }
  bool percent = target && target->unit == "percent";
  if (percent) {
    *low = bars ? 0.0 : std::max(0.0, std::floor((lowest - 5) / 10) * 10);
    *high = highest <= 100 ? 100 : std::ceil(highest / 10) * 10;
  } else {
    *low = 0;
    double step = std::pow(10, std::floor(std::log10(std::max(highest, 1.0))));
    *high = std::ceil(highest * 1.2 / step) * step;
  }
  if (*high <= *low) *high = *low + 1;
}

class Chart {
 public:
  Chart(pugi::xml_node svg, const ResultSeries& series, bool rtl) : svg_(svg), series_(series), rtl_(rtl) {}

  void SetRange(double low, double high) {
    low_ = low;
    high_ = high;
  }
  double X(size_t index) const {
    double plot = kWidth - kLeft - kRight;
    double step = plot / static_cast<double>(series_.points.size());
    double x = kLeft + step * (static_cast<double>(index) + 0.5);
    return rtl_ ? kWidth - x : x;
  }
  double Y(double value) const { return kTop + (high_ - value) / (high_ - low_) * (kHeight - kTop - kBottom); }
  double AxisX() const { return rtl_ ? kWidth - kLeft : kLeft; }
  double FarX() const { return rtl_ ? kRight : kWidth - kRight; }
  // Labels beside the value axis sit outside the plot.
  const char* AxisAnchor() const { return rtl_ ? "start" : "end"; }
  double AxisLabelX() const { return rtl_ ? kWidth - kLeft + 6 : kLeft - 6; }

  pugi::xml_node Line(double x1, double y1, double x2, double y2, const char* css_class) {
    pugi::xml_node line = svg_.append_child("line");
    line.append_attribute("class") = css_class;
    line.append_attribute("x1") = Number(x1).c_str();
    line.append_attribute("y1") = Number(y1).c_str();
    line.append_attribute("x2") = Number(x2).c_str();
    line.append_attribute("y2") = Number(y2).c_str();
    return line;
  }
  // A hollow bar from the baseline up to the value; the marker drawn at
  // its top says met or missed.
  void Bar(size_t index, double value) {
    double plot = kWidth - kLeft - kRight;
    double width = plot / static_cast<double>(series_.points.size()) * kBarShare;
    double top = Y(std::max(value, low_));
    pugi::xml_node bar = svg_.append_child("rect");
    bar.append_attribute("class") = "bar";
    bar.append_attribute("x") = Number(X(index) - width / 2).c_str();
    bar.append_attribute("y") = Number(top).c_str();
    bar.append_attribute("width") = Number(width).c_str();
    bar.append_attribute("height") = Number(Y(low_) - top).c_str();
  }
  pugi::xml_node Text(double x, double y, const char* anchor, const std::string& content, const char* css_class) {
    pugi::xml_node text = svg_.append_child("text");
    text.append_attribute("class") = css_class;
    text.append_attribute("x") = Number(x).c_str();
    text.append_attribute("y") = Number(y).c_str();
    text.append_attribute("text-anchor") = anchor;
    text.text() = content.c_str();
    return text;
  }

 private:
  pugi::xml_node svg_;
  const ResultSeries& series_;
  bool rtl_;
  double low_ = 0, high_ = 100;
};

void DrawMarker(pugi::xml_node svg, double x, double y, bool missed) {
  if (!missed) {
    pugi::xml_node circle = svg.append_child("circle");
    circle.append_attribute("class") = "met";
    circle.append_attribute("cx") = Number(x).c_str();
    circle.append_attribute("cy") = Number(y).c_str();
    circle.append_attribute("r") = "5";
    return;
  }
  pugi::xml_node diamond = svg.append_child("polygon");
  diamond.append_attribute("class") = "missed";
  std::string points = Number(x) + "," + Number(y - 6) + " " + Number(x + 6) + "," + Number(y) + " " + Number(x) +
                       "," + Number(y + 6) + " " + Number(x - 6) + "," + Number(y);
  diamond.append_attribute("points") = points.c_str();
}

}  // namespace

void AppendResultsChart(pugi::xml_node parent, const ResultSeries& series, const std::optional<ResultTarget>& target,
                        const ChartText& text, const UiStrings& strings, bool rtl) {
  if (series.points.empty()) return;
  pugi::xml_node svg = parent.append_child("svg");
  svg.append_attribute("xmlns") = "http://www.w3.org/2000/svg";
  svg.append_attribute("class") = "charterc-chart";
  svg.append_attribute("viewBox") = ("0 0 " + Number(kWidth) + " " + Number(kHeight)).c_str();
  // Anchors below are physical ("start" is the left): the page's rtl would
  // flip them. Each label is one run of one script, laid out by bidi alone.
  svg.append_attribute("direction") = "ltr";
  svg.append_attribute("role") = "img";
  svg.append_attribute("aria-labelledby") = (text.id + "-title " + text.id + "-desc").c_str();
  pugi::xml_node title = svg.append_child("title");
  title.append_attribute("id") = (text.id + "-title").c_str();
  title.text() = text.title.c_str();
  pugi::xml_node desc = svg.append_child("desc");
  desc.append_attribute("id") = (text.id + "-desc").c_str();
  desc.text() = text.description.c_str();

  // A line through one or two results says little (a yearly table often
  // has one): those are drawn as bars, more as a line.
  const bool bars = series.points.size() <= kMostBars;
  double low = 0, high = 100;
  Range(series, target, bars, &low, &high);
  Chart chart(svg, series, rtl);
  chart.SetRange(low, high);
  const std::string unit = target ? target->unit : "count";
  // Gridlines at five levels, labelled in the page's digits.
  for (int i = 0; i <= 4; ++i) {
    double value = low + (high - low) * i / 4;
    chart.Line(chart.AxisX(), chart.Y(value), chart.FarX(), chart.Y(value), "grid");
    chart.Text(chart.AxisLabelX(), chart.Y(value) + 4, chart.AxisAnchor(), FormatResultValue(value, unit, strings),
               "axis-label");
  }
  chart.Line(chart.AxisX(), chart.Y(high), chart.AxisX(), chart.Y(low), "axis");
  if (target) {
    pugi::xml_node line = chart.Line(chart.AxisX(), chart.Y(target->value), chart.FarX(), chart.Y(target->value), "target");
    line.append_attribute("stroke-dasharray") = "8 5";
    std::string label = strings.Format("results-target-label", {{"target", icu::Formattable(icu::UnicodeString::fromUTF8(
                                                                              FormatTarget(*target, strings)))}});
    chart.Text(rtl ? chart.FarX() - 6 : chart.FarX() + 6, chart.Y(target->value) + 4, rtl ? "end" : "start", label,
               "target-label");
  }
  if (bars) {
    for (size_t i = 0; i < series.points.size(); ++i) chart.Bar(i, series.points[i].value);
  } else {
    // The results, joined in period order.
    std::string points;
    for (size_t i = 0; i < series.points.size(); ++i) {
      points += (i ? " " : "") + Number(chart.X(i)) + "," + Number(chart.Y(series.points[i].value));
    }
    pugi::xml_node line = svg.append_child("polyline");
    line.append_attribute("class") = "results";
    line.append_attribute("points") = points.c_str();
  }
  const bool dense = series.points.size() > 6;
  for (size_t i = 0; i < series.points.size(); ++i) {
    const ResultPoint& point = series.points[i];
    DrawMarker(svg, chart.X(i), chart.Y(point.value), point.met && !*point.met);
    // With many months, the year goes on a second line where it starts
    // (the first month, each January); with few, beside each month.
    bool month = point.period.kind == PeriodKind::Month;
    chart.Text(chart.X(i), kHeight - kBottom + 18, "middle", FormatPeriodShort(point.period, month && !dense, strings),
               "period-label");
    if (month && dense && (i == 0 || point.period.part == 1)) {
      chart.Text(chart.X(i), kHeight - kBottom + 34, "middle",
                 FormatPeriod(Period{PeriodKind::Year, point.period.year, 0, ""}, strings), "period-label");
    }
    chart.Text(chart.X(i), chart.Y(point.value) - 10, "middle", FormatResultValue(point.value, unit, strings),
               "value-label");
  }
}

}  // namespace charterc
