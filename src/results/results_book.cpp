#include "results/results_book.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <tuple>

#include "analysis/target_reader.h"
#include "base/suggest.h"
#include "i18n/locale_info.h"
#include "results/results_table.h"

namespace charterc {

namespace {

bool IsTime(const std::string& unit) { return unit != "percent" && unit != "count" && unit != "money" && unit != "date"; }

std::optional<ResultTarget> TargetFrom(const Quantity& quantity) {
  if (quantity.unit == "money" || quantity.unit == "date") return std::nullopt;
  return ResultTarget{quantity.value, quantity.unit, !IsTime(quantity.unit), quantity.text};
}

std::string Trimmed(const std::string& text) {
  size_t start = text.find_first_not_of(" \t");
  if (start == std::string::npos) return "";
  return text.substr(start, text.find_last_not_of(" \t") - start + 1);
}

// "96", "96%", "1.5": the number and whether it was written as a percentage.
bool ParseValue(const std::string& written, double* value, bool* percent) {
  std::string text = Trimmed(written);
  *percent = !text.empty() && text.back() == '%';
  if (*percent) text = Trimmed(text.substr(0, text.size() - 1));
  if (text.empty()) return false;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  // from_chars also reads "nan" and "inf": no result is either.
  return error == std::errc() && end == text.data() + text.size() && std::isfinite(*value);
}

bool ParseSample(const std::string& written, long* sample) {
  std::string text = Trimmed(written);
  if (text.empty()) return false;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *sample);
  return error == std::errc() && end == text.data() + text.size() && *sample >= 0;
}

// Gathers results standard by standard.
class Collector {
 public:
  Collector(const Project& project, const ReadingOf& reading) : project_(project), reading_(reading) {}

  ResultsBook Run() {
    ListStandards();
    for (const Document& doc : project_.documents) AddTableResults(doc);
    for (const ResultsFile& file : project_.results_files) AddFile(file);
    Finish();
    return std::move(book_);
  }

 private:
  struct Place {
    size_t document = 0;
    size_t commitment = 0;
  };

  void ListStandards() {
    for (size_t d = 0; d < project_.documents.size(); ++d) {
      const Document& doc = project_.documents[d];
      for (size_t c = 0; c < doc.commitments.size(); ++c) {
        const Commitment& commitment = doc.commitments[c];
        places_[{doc.name, commitment.id}] = {d, c};
        owners_[commitment.id].push_back(doc.name);
        if (doc.meta.type == DocumentType::Standards && TargetOf(doc, commitment)) Entry(doc.name, commitment.id);
      }
    }
  }

  std::optional<ResultTarget> TargetOf(const Document& doc, const Commitment& commitment) const {
    const std::optional<TargetReading>& reading = reading_(doc, commitment);
    return reading ? ResultTargetOf(*reading) : std::nullopt;
  }

  StandardResults& Entry(const std::string& document, const std::string& id) {
    auto key = std::make_pair(document, id);
    auto it = entries_.find(key);
    if (it != entries_.end()) return it->second;
    StandardResults entry{document, id, std::nullopt, {}};
    const Place place = places_.at(key);
    const Document& doc = project_.documents[place.document];
    entry.target = TargetOf(doc, doc.commitments[place.commitment]);
    return entries_.emplace(key, std::move(entry)).first->second;
  }

  static ResultSeries& SeriesOf(StandardResults& entry, PeriodKind kind) {
    for (ResultSeries& series : entry.series) {
      if (series.kind == kind) return series;
    }
    entry.series.push_back({kind, {}});
    return entry.series.back();
  }

  void AddTableResults(const Document& doc) {
    auto lexicon = project_.lexicons.find(doc.meta.lang);
    if (lexicon == project_.lexicons.end()) return;
    icu::Locale locale;
    ParseLanguageTag(doc.meta.lang, &locale);
    for (const TableResult& found : ReadResultsTables(doc, lexicon->second, locale)) {
      // A link to no standard is the ref checker's to report.
      if (!places_.count({found.document, found.id})) continue;
      TargetReading target = ReadTarget(found.target_text, lexicon->second, locale, project_.facts);
      TargetReading result = ReadTarget(found.result_text, lexicon->second, locale, project_.facts);
      if (target.quantities.empty() || result.quantities.empty()) continue;
      std::optional<ResultTarget> row_target = TargetFrom(target.quantities.front());
      const Quantity& achieved = result.quantities.front();
      if (!row_target || achieved.unit != row_target->unit) continue;
      ResultSeries& series = SeriesOf(Entry(found.document, found.id), found.period.kind);
      // A label ("Achieved") is its column's: two tables with "Achieved"
      // in the same column give the same period, two headers worded
      // differently ("Achieved", "Actual") two periods.
      auto same = std::find_if(series.points.begin(), series.points.end(), [&](const ResultPoint& point) {
        return point.period == found.period &&
               (found.period.kind != PeriodKind::Label || point.period.text == found.period.text);
      });
      if (same != series.points.end()) {
        Fault(DiagCode::E1106, found.location, "a second result for " + found.id + " in " + found.period.text,
              "line " + std::to_string(same->location.line) + " of " + same->location.file +
                  " already gives it; keep one of them");
        continue;
      }
      series.points.push_back({found.period, achieved.value, std::nullopt, row_target, std::nullopt, found.location});
      given_.emplace(Given(found.document, found.id, found.period), found.location);
    }
  }

  // The standard a row's id names: "doc#id", or an id only one document has.
  bool Resolve(const ResultsRow& row, std::string* document, std::string* id) {
    std::string written = Trimmed(row.id);
    size_t hash = written.find('#');
    *document = hash == std::string::npos ? "" : written.substr(0, hash);
    *id = hash == std::string::npos ? written : written.substr(hash + 1);
    if (!document->empty()) {
      if (places_.count({*document, *id})) return true;
    } else if (auto owners = owners_.find(*id); owners != owners_.end() && owners->second.size() == 1) {
      *document = owners->second.front();
      return true;
    }
    const SourceLocation& at = row.id_at;
    if (auto owners = owners_.find(*id); document->empty() && owners != owners_.end()) {
      Fault(DiagCode::E1102, at, "'" + written + "' is a commitment of several documents",
            "name the document too: " + owners->second.front() + "#" + *id);
      return false;
    }
    std::vector<std::string> known;
    for (const auto& [key, place] : places_) known.push_back(key.first + "#" + key.second);
    for (const auto& [known_id, owners] : owners_) known.push_back(known_id);
    std::string hint = DidYouMean(written, known);
    Fault(DiagCode::E1102, at, "'" + written + "' names no commitment or standard",
          hint.empty() ? "write a commitment's id, or document#id, as its page's anchor shows" : hint);
    return false;
  }

  void AddFile(const ResultsFile& file) {
    // The last period each standard's series reached in this file, and its line.
    std::map<std::pair<std::string, std::string>, std::map<PeriodKind, std::pair<Period, int>>> last;
    for (const ResultsRow& row : file.rows) {
      std::string document, id;
      if (!Resolve(row, &document, &id)) continue;
      // The row's point is placed at its period, where a second or
      // out-of-order result is seen; a bad value or sample at its own cell.
      const SourceLocation& at = row.period_at;
      std::optional<Period> period = ParsePeriod(row.period);
      if (!period) {
        Fault(DiagCode::E1103, at, "'" + row.period + "' is not a period",
              "write a month as 2025-08, a quarter as 2025-Q3, a year as 2025, a financial or academic year as 2024/25");
        continue;
      }
      StandardResults& entry = Entry(document, id);
      std::optional<ResultPoint> point = PointOf(row, *period, entry);
      if (!point) continue;
      ResultSeries& series = SeriesOf(entry, period->kind);
      auto [same, first] = given_.emplace(Given(document, id, *period), point->location);
      if (!first) {
        Fault(DiagCode::E1106, at, "a second result for " + id + " in " + period->text,
              "line " + std::to_string(same->second.line) + " of " + same->second.file +
                  " already gives it; keep one of them");
        continue;
      }
      auto& previous = last[{document, id}];
      auto before = previous.find(period->kind);
      if (before != previous.end() && period->Key() < before->second.first.Key()) {
        Fault(DiagCode::E1104, at,
              period->text + " comes after " + before->second.first.text + " (line " +
                  std::to_string(before->second.second) + ") for " + id,
              "keep each standard's rows in period order, oldest first; the result is still published");
      } else {
        previous[period->kind] = {*period, row.line};
      }
      series.points.push_back(std::move(*point));
    }
  }

  std::optional<ResultPoint> PointOf(const ResultsRow& row, const Period& period, const StandardResults& entry) {
    double value = 0;
    bool percent = false;
    if (!ParseValue(row.value, &value, &percent)) {
      Fault(DiagCode::E1105, row.value_at, "the value '" + row.value + "' is not a number",
            "write the result as a number, e.g. 96 or 96% for a share, 1.5 for a time in the target's unit");
      return std::nullopt;
    }
    if (percent && entry.target && entry.target->unit != "percent") {
      Fault(DiagCode::E1105, row.value_at, "the value '" + row.value + "' is a percentage, but the target of " + entry.id +
                                     " is " + entry.target->text,
            "write the result in the target's unit, without %");
      return std::nullopt;
    }
    long sample = 0;
    bool has_sample = Trimmed(row.sample).size() > 0;
    if (has_sample && !ParseSample(row.sample, &sample)) {
      Fault(DiagCode::E1105, row.sample_at, "the sample '" + row.sample + "' is not a whole number",
            "write how many cases the result was measured over, e.g. 412, or leave it empty");
      return std::nullopt;
    }
    ResultPoint point{period, value, std::nullopt, entry.target, std::nullopt, row.period_at};
    if (has_sample) point.sample = sample;
    return point;
  }

  void Fault(DiagCode code, const SourceLocation& at, std::string message, std::string hint) {
    book_.faults.push_back({code, at, std::move(message), std::move(hint)});
  }

  // Periods in order, met computed, standards in document order, the latest periods.
  void Finish() {
    std::vector<std::pair<Place, StandardResults*>> ordered;
    for (auto& [key, entry] : entries_) ordered.emplace_back(places_.at(key), &entry);
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
      return std::tie(a.first.document, a.first.commitment) < std::tie(b.first.document, b.first.commitment);
    });
    for (auto& [place, entry] : ordered) {
      for (ResultSeries& series : entry->series) {
        std::stable_sort(series.points.begin(), series.points.end(),
                         [](const ResultPoint& a, const ResultPoint& b) { return a.period.Key() < b.period.Key(); });
        for (ResultPoint& point : series.points) {
          if (point.target) point.met = MetTarget(*point.target, point.value);
          if (series.kind == PeriodKind::Label) continue;
          auto latest = book_.latest.find(series.kind);
          if (latest == book_.latest.end() || latest->second.Key() < point.period.Key()) book_.latest[series.kind] = point.period;
        }
      }
      book_.standards.push_back(std::move(*entry));
    }
  }

  const Project& project_;
  const ReadingOf& reading_;
  std::map<std::pair<std::string, std::string>, Place> places_;  // (document, id)
  std::map<std::string, std::vector<std::string>> owners_;        // id -> documents
  std::map<std::pair<std::string, std::string>, StandardResults> entries_;
  // Where each standard's result for a period was first given, so a second
  // one is found without searching the series: a file of many rows for one
  // standard stays linear (a linear search made 245,000 rows take 38 s).
  using GivenKey = std::tuple<std::string, std::string, PeriodKind, long>;  // document, id, kind, Period::Key
  std::map<GivenKey, SourceLocation> given_;
  static GivenKey Given(const std::string& document, const std::string& id, const Period& period) {
    return {document, id, period.kind, period.Key()};
  }
  ResultsBook book_;
};

}  // namespace

const StandardResults* ResultsBook::Find(const std::string& document, const std::string& id) const {
  for (const StandardResults& entry : standards) {
    if (entry.document == document && entry.id == id) return &entry;
  }
  return nullptr;
}

bool MetTarget(const ResultTarget& target, double value) {
  return target.higher_is_better ? value >= target.value : value <= target.value;
}

Trend TrendOf(const ResultSeries& series) {
  if (series.points.size() < 2) return Trend::Unknown;
  const ResultPoint& last = series.points.back();
  const ResultPoint& before = series.points[series.points.size() - 2];
  if (!last.target) return Trend::Unknown;
  if (last.value == before.value) return Trend::Steady;
  return (last.value > before.value) == last.target->higher_is_better ? Trend::Better : Trend::Worse;
}

bool ReportsLatest(const ResultSeries& series, const ResultsBook& book) {
  auto latest = book.latest.find(series.kind);
  if (latest == book.latest.end() || series.points.empty()) return true;  // labels have no latest
  return series.points.back().period.Key() >= latest->second.Key();
}

ResultsBook CollectResults(const Project& project, const ReadingOf& reading) {
  return Collector(project, reading).Run();
}

std::optional<ResultTarget> ResultTargetOf(const TargetReading& reading) {
  if (reading.share) return ResultTarget{*reading.share, "percent", true, ""};
  // "Interlibrary loans within 10 working days: 85%": what is measured is
  // the share of cases, whatever comes first.
  for (const Quantity& quantity : reading.quantities) {
    if (quantity.unit == "percent") return TargetFrom(quantity);
  }
  // Then a time ("within 10 working days") before a count ("the last four
  // quarters"), which more often says how, not how well.
  for (const Quantity& quantity : reading.quantities) {
    if (IsTime(quantity.unit) && quantity.unit != "percent") return TargetFrom(quantity);
  }
  for (const Quantity& quantity : reading.quantities) {
    if (std::optional<ResultTarget> target = TargetFrom(quantity)) return target;
  }
  return std::nullopt;
}

}  // namespace charterc
