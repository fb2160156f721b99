#include "render/commitments_csv.h"

#include <string_view>

#include "analysis/promise_summary.h"
#include "render/render_context.h"

namespace charterc {

namespace {

std::string JoinedRefs(const Commitment& commitment) {
  std::string joined;
  for (const Ref& ref : commitment.refs) joined += (joined.empty() ? "" : " ") + ref.text;
  return joined;
}

std::string JoinedMissing(const std::optional<TargetReading>& reading) {
  if (!reading) return "";
  std::string joined;
  for (const std::string& part : MissingParts(*reading)) joined += (joined.empty() ? "" : "; ") + part;
  return joined;
}

void AppendRow(const std::vector<std::string>& fields, std::string* csv) {
  for (size_t i = 0; i < fields.size(); ++i) *csv += (i == 0 ? "" : ",") + CsvField(SpreadsheetSafe(fields[i]));
  *csv += "\r\n";
}

}  // namespace

const std::vector<std::string>& CommitmentsCsvColumns() {
  static const std::vector<std::string> columns = {
      "document", "lang",    "id",      "url",       "section",   "text",        "lead_in",
      "translated", "verdict", "measure", "missing", "explicit_target", "dimension", "refs",
      "source_file", "source_line", "translation_file", "published"};
  return columns;
}

std::string SpreadsheetSafe(const std::string& value) {
  if (value.empty() || std::string_view("=+-@\t\r").find(value.front()) == std::string_view::npos) return value;
  return "'" + value;
}

std::string CsvField(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string CommitmentsCsv(const Project& project, const Analysis& analysis,
                           const std::function<Publication(const Document&)>& publication,
                           const std::list<Document>& editions, const LanguageStrings& strings) {
  std::string csv = project.config.csv_bom ? "\xEF\xBB\xBF" : "";
  AppendRow(CommitmentsCsvColumns(), &csv);
  for (const PublishedCommitment& row : PublishedCommitments(project, editions, strings)) {
    const Commitment& original = row.source->commitments[static_cast<size_t>(row.index)];
    const std::optional<TargetReading>& reading = analysis.Of(*row.source, original).reading;
    const Commitment& commitment = *row.commitment;
    AppendRow({row.source->name, row.lang, commitment.id, row.url, commitment.section_id, row.text, row.lead_in,
               row.translated ? "true" : "false", reading ? std::string(VerdictName(reading->verdict)) : "",
               reading ? WithFactsFormatted(project, strings(row.source->meta.lang), MeasureText(*reading)) : "",
               JoinedMissing(reading), commitment.target, commitment.dimension,
               JoinedRefs(commitment), row.source_file, std::to_string(original.location.line), row.translation_file,
               std::string(PublicationName(publication(*row.source)))},
              &csv);
  }
  return csv;
}

}  // namespace charterc
