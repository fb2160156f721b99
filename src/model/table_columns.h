#pragma once
// What each column of a table of service standards or results holds, read
// from its header words (the lexicon's table-columns, found anywhere in the
// header: "Target 2024/25" is a target column, "2024/25 result" a result
// one) and, where the header says nothing, from its cells: a column whose
// cells are mostly percentages, durations or counts is a target column.

#include <functional>
#include <string>
#include <vector>

#include <unicode/locid.h>

#include "model/block.h"
#include "model/lexicon.h"

namespace charterc {

struct TableColumns {
  int ref = -1;
  // The columns that say what is promised, in order: the one a header names
  // ("Standard", "Engagement") and every other column of words ("Service |
  // Standard" reads "Student Hub counter: 90% of students seen ...").
  std::vector<int> text;
  int target = -1;
  int period = -1;   // "Measured", "Frequency": holds "Monthly", "Each semester"
  bool results = false;  // has a result, status or quarter column
  // The header of the first results column that names a period ("2024/25
  // result", "Q1"): the period a share in the target is measured over.
  std::string results_period;
  bool promise_named = false;  // the header names it ("Standard", "Commitment")
  // A table of standards or results: its body rows are promises.
  bool IsStandards() const { return !text.empty() && (promise_named || target >= 0 || results); }
};

// `holds_quantity` tells whether a cell's text states a quantity.
TableColumns ReadTableColumns(const Block& table, const Lexicon& lexicon, const icu::Locale& locale,
                              const std::function<bool(const std::string&)>& holds_quantity);

}  // namespace charterc
