#pragma once
// Every published result of the project, gathered by the analyse stage from
// the results files (data/*.csv) and from the results columns of standards
// tables, each tied to the standard it measures, with met or missed
// computed from the target and the result, never taken from a typed
// status. Rows that cannot be used are kept as faults, which the check
// stage reports; every other row is kept.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/source_location.h"
#include "diag/diagnostic.h"
#include "model/project.h"
#include "model/target.h"
#include "results/period.h"

namespace charterc {

// What a result is compared with: "95%" (a share of cases, met from the
// target up) or "2 working days" (a time, met from the target down).
struct ResultTarget {
  double value = 0;
  std::string unit;  // "percent", "count", or a time unit of the lexicon
  bool higher_is_better = true;
  std::string text;  // as the standard writes it ("95%", "{{ calls.answered }}")
};

struct ResultPoint {
  Period period;
  double value = 0;
  std::optional<long> sample;  // cases the value was measured over
  // A table row's own target, else the standard's; none when the standard
  // states no quantity (the result is shown, but not judged).
  std::optional<ResultTarget> target;
  std::optional<bool> met;
  SourceLocation location;     // the CSV row or the table row
};

// One standard's results of one period kind, in period order.
struct ResultSeries {
  PeriodKind kind = PeriodKind::Month;
  std::vector<ResultPoint> points;
};

enum class Trend { Unknown, Better, Worse, Steady };

struct StandardResults {
  std::string document;  // the source document's name
  std::string id;        // the commitment's id
  std::optional<ResultTarget> target;  // from the standard's text; none when it states no quantity
  std::vector<ResultSeries> series;    // by kind, in the order they were first seen
};

struct ResultsFault {
  DiagCode code;
  SourceLocation location;
  std::string message;
  std::string hint;
};

struct ResultsBook {
  // Every standard of the project's standards documents that states a
  // target, and every other commitment with a result, in document order.
  std::vector<StandardResults> standards;
  // The latest period of each kind that any standard reports: a standard
  // whose series stops earlier is "not yet reported" for it.
  std::map<PeriodKind, Period> latest;
  std::vector<ResultsFault> faults;

  const StandardResults* Find(const std::string& document, const std::string& id) const;
};

// Met when the result reaches the target: at or above it for shares and
// counts, at or below it for times.
bool MetTarget(const ResultTarget& target, double value);

// The last result against the one before: better, worse or steady (by the
// target's direction); unknown with fewer than two results.
Trend TrendOf(const ResultSeries& series);

// Whether the series has a result for the latest period of its kind.
bool ReportsLatest(const ResultSeries& series, const ResultsBook& book);

// What a reading of a standard compares results with: its share ("95% of
// calls"), else its first percentage, else its first time, else its
// first count; nothing for money, dates and yes/no promises.
std::optional<ResultTarget> ResultTargetOf(const TargetReading& reading);

// `reading` gives a commitment's analysed reading (nothing without a lexicon).
using ReadingOf = std::function<const std::optional<TargetReading>&(const Document&, const Commitment&)>;

ResultsBook CollectResults(const Project& project, const ReadingOf& reading);

}  // namespace charterc
