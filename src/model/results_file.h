#pragma once
// A results file (data/*.csv) as read: one row per measured result, each
// cell as written and where it stands, so the analyse stage can judge
// every row and point a diagnostic at the faulty cell.

#include <string>
#include <vector>

#include "base/source_location.h"

namespace charterc {

struct ResultsRow {
  int line = 0;        // where the row starts in the file (1-based)
  std::string id;      // "email-response" or "standards#email-response"
  std::string period;  // "2025-08", "2025-Q3", "2025", "2024/25"
  std::string value;   // "96", "96%", "1.5"
  std::string sample;  // optional: how many cases the value is measured over
  // Where each cell's text is (quotes and surrounding spaces left out); a
  // cell the row lacks is placed just after the row's last cell.
  SourceLocation id_at, period_at, value_at, sample_at;
};

struct ResultsFile {
  std::string path;  // as shown to the user: "data/library.csv"
  std::vector<ResultsRow> rows;
};

}  // namespace charterc
