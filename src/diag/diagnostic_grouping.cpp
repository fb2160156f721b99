#include "diag/diagnostic_grouping.h"

#include <map>
#include <string>
#include <tuple>

namespace charterc {

std::vector<Diagnostic> GroupRepeatsOnLine(std::vector<Diagnostic> diagnostics) {
  std::vector<Diagnostic> grouped;
  // (file, line, code, severity) -> indices in `grouped` of its entries
  std::map<std::tuple<std::string, int, DiagCode, Severity>, std::vector<size_t>> entries;
  for (Diagnostic& d : diagnostics) {
    if (d.location.line <= 0 || !d.details.empty() || d.baselined) {
      grouped.push_back(std::move(d));
      continue;
    }
    std::vector<size_t>& line = entries[std::make_tuple(d.location.file, d.location.line, d.code, d.severity)];
    size_t into = grouped.size();
    for (size_t i : line) {
      if (grouped[i].message == d.message) into = i;
    }
    // A line's first few distinct findings of a code are each shown; the
    // rest fold into the last one shown.
    if (into == grouped.size() && line.size() >= kDistinctPerLine) into = line.back();
    if (into < grouped.size()) {
      grouped[into].more_on_line += 1 + d.more_on_line;
      continue;
    }
    line.push_back(grouped.size());
    grouped.push_back(std::move(d));
  }
  return grouped;
}

std::string MessageWithRepeats(const Diagnostic& d) {
  if (d.more_on_line == 0) return d.message;
  return d.message + " (and " + std::to_string(d.more_on_line) + " more like this on this line)";
}

}  // namespace charterc
