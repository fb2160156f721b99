#include "results/results_table.h"

#include "i18n/text_case.h"
#include "model/inline.h"
#include "model/phrase_match.h"
#include "model/visit.h"

namespace charterc {

namespace {

struct ResultsColumns {
  int target = -1;
  std::vector<int> results;
  std::vector<Period> periods;  // parallel to results
};

std::string Cell(const Block& row, int column) {
  return column >= 0 && column < static_cast<int>(row.children.size()) ? PlainText(row.children[column].inlines)
                                                                        : std::string();
}

// A header that is only a period ("2024", "Q1", "2024/25"): a results column.
bool OnlyPeriod(const std::string& header) {
  std::optional<Period> period = PeriodInHeader(header);
  return period && period->text.size() == header.size();
}

ResultsColumns ColumnsOf(const Block& header, const Lexicon& lexicon, const icu::Locale& locale) {
  ResultsColumns columns;
  for (int i = 0; i < static_cast<int>(header.children.size()); ++i) {
    std::string written = Cell(header, i);
    while (!written.empty() && written.back() == ' ') written.pop_back();
    std::string lower = LowerCase(written, locale);
    // As the table reader decides (model/table_columns): results first,
    // so "Target met?" is a status and "Target 2025/26" a target.
    bool result = HasAnyPhrase(lower, lexicon.result_columns) || OnlyPeriod(lower);
    bool status = !result && HasAnyPhrase(lower, lexicon.status_columns);
    if (result) {
      columns.results.push_back(i);
      std::optional<Period> period = PeriodInHeader(lower);
      columns.periods.push_back(period ? Period{period->kind, period->year, period->part, written}
                                       : Period{PeriodKind::Label, 0, i, written});
    } else if (!status && columns.target < 0 && HasAnyPhrase(lower, lexicon.target_columns)) {
      columns.target = i;
    }
  }
  return columns;
}

// "#email-response" or "standards.md#email-response" in the row: the
// standard it reports on.
bool LinkedStandard(const std::vector<Inline>& inlines, const Document& doc, std::string* document, std::string* id) {
  for (const Inline& item : inlines) {
    if (item.kind == InlineKind::Link) {
      size_t hash = item.text.find('#');
      if (hash != std::string::npos && item.text.find("://") == std::string::npos) {
        std::string file = item.text.substr(0, hash);
        if (file.size() > 3 && file.compare(file.size() - 3, 3, ".md") == 0) file.resize(file.size() - 3);
        *document = file.empty() ? doc.name : file.substr(file.rfind('/') + 1);
        *id = item.text.substr(hash + 1);
        return true;
      }
    }
    if (LinkedStandard(item.children, doc, document, id)) return true;
  }
  return false;
}

// The standard a row reports on: a link's, else the row's own commitment.
bool StandardOfRow(const Block& row, const Document& doc, std::string* document, std::string* id) {
  for (const Block& cell : row.children) {
    if (LinkedStandard(cell.inlines, doc, document, id)) return true;
  }
  for (const Commitment& commitment : doc.commitments) {
    if (commitment.location.line == row.location.line) {
      *document = doc.name;
      *id = commitment.id;
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<TableResult> ReadResultsTables(const Document& doc, const Lexicon& lexicon, const icu::Locale& locale) {
  std::vector<TableResult> found;
  ForEachBlock(doc, [&](const Block& table) {
    if (table.kind != BlockKind::Table || table.children.size() < 2) return;
    ResultsColumns columns = ColumnsOf(table.children.front(), lexicon, locale);
    if (columns.target < 0 || columns.results.empty()) return;
    for (size_t r = 1; r < table.children.size(); ++r) {
      const Block& row = table.children[r];
      std::string document, id;
      if (!StandardOfRow(row, doc, &document, &id)) continue;
      for (size_t c = 0; c < columns.results.size(); ++c) {
        std::string result = Cell(row, columns.results[c]);
        if (result.find_first_not_of(' ') == std::string::npos) continue;
        found.push_back({document, id, columns.periods[c], Cell(row, columns.target), result, row.location});
      }
    }
  });
  return found;
}

}  // namespace charterc
