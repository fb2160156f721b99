#pragma once
// The results a standards document publishes in its own tables: a table
// with a target column and one or more results columns ("2024/25 result",
// "Achieved", "2024 | 2023 | 2022", "Q1"). Each body row is tied to the
// standard it measures: the commitment a link in the row names
// ("[Emails answered](#email-response)"), else the row itself when it is a
// standard. Its target is the row's target cell; met or missed is computed
// later from the figures, whatever a status column says (E0506 checks that).

#include <string>
#include <vector>

#include <unicode/locid.h>

#include "model/project.h"
#include "results/period.h"

namespace charterc {

struct TableResult {
  std::string document;  // the document holding the standard
  std::string id;        // the standard's commitment id
  Period period;         // from the column's header; a label when it names none
  std::string target_text;  // the row's target cell
  std::string result_text;  // the results cell
  SourceLocation location;  // the row
};

// Every results cell of `doc`'s tables that a row ties to a standard.
std::vector<TableResult> ReadResultsTables(const Document& doc, const Lexicon& lexicon, const icu::Locale& locale);

}  // namespace charterc
