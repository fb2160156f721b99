#include "model/table_columns.h"

#include <cctype>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "i18n/text_case.h"
#include "model/inline.h"
#include "model/phrase_match.h"

namespace charterc {

namespace {

// "Q1", "T2", "2023/24", "2024": a quarter or year of published results.
bool IsPeriodHeader(const std::string& cell) {
  if (cell.size() == 2 && (cell[0] == 'q' || cell[0] == 't') && std::isdigit(static_cast<unsigned char>(cell[1]))) {
    return true;
  }
  if (cell.size() < 4) return false;
  for (char c : cell) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '/' && c != '-' && c != ' ') return false;
  }
  return true;
}

// "2024/25 result", "Résultat 2024", "Q1": a year or a quarter.
bool NamesPeriod(const std::string& cell) {
  int digits = 0;
  for (char c : cell) digits += std::isdigit(static_cast<unsigned char>(c)) ? 1 : 0;
  return digits >= 4 || IsPeriodHeader(cell);
}

std::string Cell(const Block& row, size_t column) {
  return column < row.children.size() ? PlainText(row.children[column].inlines) : std::string();
}

}  // namespace

TableColumns ReadTableColumns(const Block& table, const Lexicon& lexicon, const icu::Locale& locale,
                              const std::function<bool(const std::string&)>& holds_quantity) {
  TableColumns columns;
  if (table.children.size() < 2) return columns;
  const Block& header = table.children.front();
  int named = -1;  // the column a header names as the promise ("Standard")
  std::vector<bool> claimed(header.children.size(), false);
  for (size_t i = 0; i < header.children.size(); ++i) {
    std::string cell = LowerCase(Cell(header, i), locale);
    while (!cell.empty() && cell.back() == ' ') cell.pop_back();
    claimed[i] = true;
    // Results first: "Target met?" is a status, "2024/25 result" a result;
    // then "How we measure it" (a period) before "Measure" (a target).
    if (HasAnyPhrase(cell, lexicon.result_columns) || HasAnyPhrase(cell, lexicon.status_columns) || IsPeriodHeader(cell)) {
      columns.results = true;
      if (columns.results_period.empty() && NamesPeriod(cell)) columns.results_period = Cell(header, i);
    } else if (columns.period < 0 && HasAnyPhrase(cell, lexicon.period_columns)) {
      columns.period = static_cast<int>(i);
    } else if (columns.target < 0 && HasAnyPhrase(cell, lexicon.target_columns)) {
      columns.target = static_cast<int>(i);
    } else if (columns.ref < 0 && HasAnyPhrase(cell, lexicon.ref_columns) && cell.size() <= 12) {
      columns.ref = static_cast<int>(i);
    } else {
      claimed[i] = false;
      if (!columns.promise_named && HasAnyPhrase(cell, lexicon.standard_columns)) {
        columns.promise_named = true;
        named = static_cast<int>(i);
      }
    }
  }
  // No header says where the target is: the first column whose cells mostly
  // state a quantity is.
  if (columns.target < 0 && !columns.results) {
    for (size_t i = 0; i < claimed.size() && columns.target < 0; ++i) {
      if (claimed[i] || static_cast<int>(i) == 0 || static_cast<int>(i) == named) continue;
      size_t with_quantity = 0;
      for (size_t r = 1; r < table.children.size(); ++r) with_quantity += holds_quantity(Cell(table.children[r], i));
      if (with_quantity * 2 > table.children.size() - 1) {
        columns.target = static_cast<int>(i);
        claimed[i] = true;
      }
    }
  }
  // What is promised: every column left, which holds words.
  for (size_t i = 0; i < claimed.size(); ++i) {
    if (!claimed[i]) columns.text.push_back(static_cast<int>(i));
  }
  return columns;
}

}  // namespace charterc
