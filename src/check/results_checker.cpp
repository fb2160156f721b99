#include "check/results_checker.h"

#include <unicode/unistr.h>

#include <sstream>

#include "analysis/target_reader.h"
#include "i18n/locale_info.h"
#include "model/visit.h"

namespace charterc {

namespace {

std::string Folded(const std::string& text) {
  icu::UnicodeString lower = icu::UnicodeString::fromUTF8(text);
  lower.foldCase();  // locale-independent, for comparing cell words
  lower.trim();
  std::string out;
  lower.toUTF8String(out);
  return out;
}

int ColumnOf(const Block& header, const std::vector<std::string>& names) {
  for (size_t i = 0; i < header.children.size(); ++i) {
    std::string cell = Folded(PlainText(header.children[i].inlines));
    for (const std::string& name : names) {
      if (cell == Folded(name)) return static_cast<int>(i);
    }
  }
  return -1;
}

// Met (true), not met (false), or unknown.
std::optional<bool> StatusOf(const std::string& cell, const Lexicon& lexicon) {
  std::string status = Folded(cell);
  for (const std::string& word : lexicon.status_not_met) {
    if (status == Folded(word)) return false;
  }
  for (const std::string& word : lexicon.status_met) {
    if (status == Folded(word)) return true;
  }
  return std::nullopt;
}

class ResultsChecker {
 public:
  ResultsChecker(const Project& project, const Document& doc, const Lexicon& lexicon, DiagnosticSink& sink)
      : project_(project), lexicon_(lexicon), sink_(sink) {
    ParseLanguageTag(doc.meta.lang, &locale_);
  }

  void CheckTable(const Block& table) {
    if (table.children.size() < 2) return;
    const Block& header = table.children.front();
    int target = ColumnOf(header, lexicon_.target_columns);
    int result = ColumnOf(header, lexicon_.result_columns);
    int status = ColumnOf(header, lexicon_.status_columns);
    if (target < 0 || result < 0 || status < 0) return;
    for (size_t i = 1; i < table.children.size(); ++i) CheckRow(table.children[i], target, result, status);
  }

 private:
  void CheckRow(const Block& row, int target_column, int result_column, int status_column) {
    auto cell = [&](int column) {
      return column < static_cast<int>(row.children.size()) ? PlainText(row.children[column].inlines) : std::string();
    };
    std::optional<Quantity> target = FirstQuantity(cell(target_column));
    std::optional<Quantity> result = FirstQuantity(cell(result_column));
    std::optional<bool> said_met = StatusOf(cell(status_column), lexicon_);
    if (!target || !result || !said_met || target->unit != result->unit || target->unit == "money") return;
    bool higher_is_better = target->unit == "percent" || target->unit == "count";
    bool met = higher_is_better ? result->value >= target->value : result->value <= target->value;
    if (met == *said_met) return;
    sink_.Report(DiagCode::E0506, row.location,
                 "this result says '" + Folded(cell(status_column)) + "', but " + result->text +
                     (met ? " meets" : " misses") + " the target of " + TargetText(*target),
                 "correct the status or the figures; readers and assessors compare them");
  }

  // "95%", or "{{ calls.answered }} (90)" for a fact.
  static std::string TargetText(const Quantity& quantity) {
    if (quantity.text.rfind("{{", 0) != 0) return quantity.text;
    std::ostringstream value;
    value << quantity.value;
    return quantity.text + " (" + value.str() + ")";
  }

  std::optional<Quantity> FirstQuantity(const std::string& text) const {
    TargetReading reading = ReadTarget(text, lexicon_, locale_, project_.facts);
    if (reading.quantities.empty()) return std::nullopt;
    return reading.quantities.front();
  }

  const Project& project_;
  const Lexicon& lexicon_;
  DiagnosticSink& sink_;
  icu::Locale locale_;
};

}  // namespace

void CheckPublishedResults(const Project& project, DiagnosticSink& sink) {
  for (const Document& doc : project.documents) {
    auto lexicon = project.lexicons.find(doc.meta.lang);
    if (lexicon == project.lexicons.end()) continue;
    ResultsChecker checker(project, doc, lexicon->second, sink);
    ForEachBlock(doc, [&](const Block& block) {
      if (block.kind == BlockKind::Table) checker.CheckTable(block);
    });
  }
}

void CheckResultsData(const ResultsBook& results, DiagnosticSink& sink) {
  for (const ResultsFault& fault : results.faults) sink.Report(fault.code, fault.location, fault.message, fault.hint);
}

}  // namespace charterc
