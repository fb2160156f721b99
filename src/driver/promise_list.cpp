#include "driver/promise_list.h"

#include <algorithm>
#include <string>
#include <vector>

#include "analysis/promise_summary.h"

namespace charterc {

namespace {

using Row = std::vector<std::string>;

// Display width in code points (the table holds the user's words).
size_t Width(const std::string& text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string Joined(const std::vector<std::string>& parts, const std::string& separator) {
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : separator) + part;
  return text;
}

// The codes found on the promise, e.g. "E0901 W0905", baselined ones marked.
std::string FindingCodes(const std::vector<const Diagnostic*>& findings) {
  std::vector<std::string> codes;
  for (const Diagnostic* d : findings) codes.push_back(std::string(InfoOf(d->code).id) + (d->baselined ? "*" : ""));
  return Joined(codes, " ");
}

Row PromiseRow(const Document& doc, int index, const CommitmentAnalysis& analysis, const FindingIndex& findings) {
  const Commitment& commitment = doc.commitments[index];
  Row row = {doc.name, commitment.id, "-", "", "", FindingCodes(findings.Of(doc, index))};
  if (const std::optional<TargetReading>& reading = analysis.reading) {
    std::string verdict(VerdictName(reading->verdict));
    std::transform(verdict.begin(), verdict.end(), verdict.begin(), [](char c) { return std::tolower(c); });
    row[2] = verdict;
    row[3] = MeasureText(*reading);
    row[4] = Joined(MissingParts(*reading), "; ");
  } else {
    row[4] = "not read: no lexicon for '" + doc.meta.lang + "'";
  }
  return row;
}

void PrintRows(const std::vector<Row>& rows, std::ostream& out) {
  std::vector<size_t> widths(rows.front().size(), 0);
  for (const Row& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], Width(row[i]));
  }
  for (const Row& row : rows) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line += std::string(widths[i] - Width(row[i]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << "\n";
  }
}

}  // namespace

void PrintPromiseList(const Project& project, const Analysis& analysis, const FindingIndex& findings,
                      std::ostream& out) {
  std::vector<Row> rows = {{"DOCUMENT", "ID", "VERDICT", "MEASURE", "MISSING", "FINDINGS"}};
  int measurable = 0;
  int total = 0;
  for (const Document& doc : project.documents) {
    for (size_t i = 0; i < doc.commitments.size(); ++i) {
      const CommitmentAnalysis& reading = analysis.Of(doc, doc.commitments[i]);
      rows.push_back(PromiseRow(doc, static_cast<int>(i), reading, findings));
      ++total;
      if (reading.reading && reading.reading->verdict == Verdict::Measurable) ++measurable;
    }
  }
  PrintRows(rows, out);
  out << measurable << " of " << total << " promises measurable";
  out << (std::any_of(findings.all().begin(), findings.all().end(), [](const Diagnostic& d) { return d.baselined; })
              ? " (* baselined finding)\n"
              : "\n");
}

}  // namespace charterc
