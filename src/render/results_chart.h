#pragma once
// The chart of one standard's results: a line through each period's result
// (bars when there are only one or two) against a dashed target line, drawn by charterc as inline SVG (no script,
// no external reference). Met results are filled circles, missed ones
// hollow diamonds, so the chart reads without colour (print, high contrast);
// colours come from the stylesheet's classes, which forced-colors mode
// replaces. On a right-to-left page time runs from right to left. The SVG
// is an image named by its <title> and described by its <desc>: the text
// alternative; the data table beside it holds every figure.

#include <string>

#include <pugixml.hpp>

#include "i18n/ui_strings.h"
#include "results/results_book.h"

namespace charterc {

struct ChartText {
  std::string id;           // unique on the page: the title's and description's ids start with it
  std::string title;        // what the chart shows
  std::string description;  // the text alternative: what it says
};

void AppendResultsChart(pugi::xml_node parent, const ResultSeries& series, const std::optional<ResultTarget>& target,
                        const ChartText& text, const UiStrings& strings, bool rtl);

}  // namespace charterc
