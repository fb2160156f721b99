#include "project/results_csv.h"

#include <csv.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace charterc {

namespace {

struct CsvRecord {
  int line = 0;
  std::vector<std::string> fields;
};

// Collects libcsv's fields and rows, remembering the line each row starts
// on: the text is fed one line at a time, so the current line is known
// whenever libcsv calls back (a quoted field may span lines).
struct Collector {
  std::vector<CsvRecord> records;
  CsvRecord current;
  int line = 0;        // the line being fed
  int row_start = 0;   // the first non-blank line of the row being read

  static void Field(void* text, size_t length, void* self) {
    auto* collector = static_cast<Collector*>(self);
    collector->current.fields.emplace_back(static_cast<const char*>(text), length);
  }
  static void Row(int, void* self) {
    auto* collector = static_cast<Collector*>(self);
    collector->current.line = collector->row_start;
    collector->records.push_back(std::move(collector->current));
    collector->current = {};
    collector->row_start = 0;
  }
};

struct ParserDeleter {
  void operator()(csv_parser* parser) const {
    csv_free(parser);
    delete parser;
  }
};

std::string Folded(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  while (!text.empty() && text.back() == ' ') text.pop_back();
  while (!text.empty() && text.front() == ' ') text.erase(0, 1);
  return text;
}

// Column index of the first header cell among `names`, or -1.
int ColumnOf(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
  for (size_t i = 0; i < header.size(); ++i) {
    for (const char* name : names) {
      if (Folded(header[i]) == name) return static_cast<int>(i);
    }
  }
  return -1;
}

// Every record, or an error message with its line.
bool ParseRecords(const std::string& text, Collector* collector, std::string* error, int* error_line) {
  std::unique_ptr<csv_parser, ParserDeleter> parser(new csv_parser);
  if (csv_init(parser.get(), CSV_STRICT | CSV_STRICT_FINI) != 0) {
    *error = "cannot start the CSV reader";
    return false;
  }
  size_t start = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;  // a spreadsheet's byte order mark
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end + 1;
    ++collector->line;
    bool blank = text.find_first_not_of(" \t\r\n", start) >= end;
    if (collector->row_start == 0 && !blank) collector->row_start = collector->line;
    size_t length = end - start;
    if (csv_parse(parser.get(), text.data() + start, length, Collector::Field, Collector::Row, collector) != length) {
      *error = csv_strerror(csv_error(parser.get()));
      *error_line = collector->line;
      return false;
    }
    start = end;
  }
  if (csv_fini(parser.get(), Collector::Field, Collector::Row, collector) != 0) {
    *error = csv_strerror(csv_error(parser.get()));
    *error_line = collector->row_start > 0 ? collector->row_start : collector->line;
    return false;
  }
  return true;
}

}  // namespace

std::optional<ResultsFile> ReadResultsCsv(const SourceFile& source, DiagnosticSink& sink) {
  Collector collector;
  std::string error;
  int error_line = 0;
  const std::string& path = source.path();
  if (!ParseRecords(source.text(), &collector, &error, &error_line)) {
    sink.Report(DiagCode::E1101, SourceLocation{path, error_line, 1, 0}, "results file is not valid CSV: " + error,
                "quote a field that holds a comma or a quotation mark (\"...\"), and double a quotation mark inside one");
    return std::nullopt;
  }
  if (collector.records.empty()) {
    sink.Report(DiagCode::E1101, SourceLocation{path, 0, 0, 0}, "results file is empty",
                "start it with the header row: id,period,value,sample");
    return std::nullopt;
  }
  const CsvRecord& header = collector.records.front();
  int id = ColumnOf(header.fields, {"id", "measure", "commitment"});
  int period = ColumnOf(header.fields, {"period"});
  int value = ColumnOf(header.fields, {"value", "result"});
  int sample = ColumnOf(header.fields, {"sample", "sample-size", "sample size"});
  if (id < 0 || period < 0 || value < 0) {
    sink.Report(DiagCode::E1101, SourceLocation{path, header.line, 1, 0},
                "the header row of a results file names the columns id, period and value",
                "write the first row as: id,period,value,sample (sample is optional)");
    return std::nullopt;
  }
  ResultsFile file{path, {}};
  auto cell = [](const CsvRecord& record, int column) {
    return column >= 0 && column < static_cast<int>(record.fields.size()) ? record.fields[column] : std::string();
  };
  for (size_t i = 1; i < collector.records.size(); ++i) {
    const CsvRecord& record = collector.records[i];
    file.rows.push_back({record.line, cell(record, id), cell(record, period), cell(record, value), cell(record, sample)});
  }
  return file;
}

}  // namespace charterc
