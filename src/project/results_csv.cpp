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

// A field's bytes in the file, from its first byte (a quote, or a space
// libcsv trims) to the delimiter or line end that closed it.
struct Span {
  size_t offset = 0;
  size_t length = 0;
};

struct CsvRecord {
  std::vector<std::string> fields;
  std::vector<Span> spans;  // one per field
};

// Collects libcsv's fields and rows. libcsv does not say where a field
// was, so the text is fed one byte at a time: when it calls back, the byte
// just fed is the one that closed the field (a comma or a line end), and
// the field began after the previous one's closing byte. A row begins at
// its first byte that is not a line end (libcsv skips blank lines).
struct Collector {
  static constexpr size_t kNone = static_cast<size_t>(-1);
  std::vector<CsvRecord> records;
  CsvRecord current;
  size_t at = 0;              // offset of the byte being fed (the text's size at the end)
  size_t field_start = kNone;  // where the field being read began

  void Feed(char byte) {
    if (field_start == kNone && byte != '\r' && byte != '\n') field_start = at;
  }
  static void Field(void* text, size_t length, void* self) {
    auto* collector = static_cast<Collector*>(self);
    const size_t start = collector->field_start == kNone ? collector->at : collector->field_start;
    collector->current.fields.emplace_back(static_cast<const char*>(text), length);
    collector->current.spans.push_back({start, collector->at - start});
    collector->field_start = collector->at + 1;  // after the comma
  }
  static void Row(int, void* self) {
    auto* collector = static_cast<Collector*>(self);
    collector->records.push_back(std::move(collector->current));
    collector->current = {};
    collector->field_start = kNone;  // the next row begins at its first byte
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

// Every record, or an error message with the offset it was found at.
bool ParseRecords(const std::string& text, Collector* collector, std::string* error, size_t* error_at) {
  std::unique_ptr<csv_parser, ParserDeleter> parser(new csv_parser);
  if (csv_init(parser.get(), CSV_STRICT | CSV_STRICT_FINI) != 0) {
    *error = "cannot start the CSV reader";
    return false;
  }
  size_t& at = collector->at;
  at = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;  // a spreadsheet's byte order mark
  for (; at < text.size(); ++at) {
    collector->Feed(text[at]);
    if (csv_parse(parser.get(), text.data() + at, 1, Collector::Field, Collector::Row, collector) != 1) {
      *error = csv_strerror(csv_error(parser.get()));
      *error_at = at;
      return false;
    }
  }
  // A row still open here is a quoted field never closed: point at its row.
  const size_t open_row = collector->current.spans.empty() ? collector->field_start
                                                          : collector->current.spans.front().offset;
  if (csv_fini(parser.get(), Collector::Field, Collector::Row, collector) != 0) {
    *error = csv_strerror(csv_error(parser.get()));
    *error_at = open_row == Collector::kNone ? text.size() : open_row;
    return false;
  }
  return true;
}

// Where a cell's text is: its span without surrounding spaces and quotes,
// underlined as far as its first line end.
SourceLocation CellLocation(const SourceFile& source, Span span) {
  std::string_view text = std::string_view(source.text()).substr(span.offset, span.length);
  size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return source.LocationOf(span.offset);
  size_t end = text.find_last_not_of(" \t") + 1;
  if (end - begin >= 2 && text[begin] == '"' && text[end - 1] == '"') {
    ++begin;
    --end;
  }
  std::string_view cell = text.substr(begin, end - begin);
  cell = cell.substr(0, cell.find_first_of("\r\n"));
  return source.LocationOf(span.offset + begin, CodePointCount(cell));
}

}  // namespace

std::optional<ResultsFile> ReadResultsCsv(const SourceFile& source, DiagnosticSink& sink) {
  Collector collector;
  std::string error;
  size_t error_at = 0;
  const std::string& path = source.path();
  if (!ParseRecords(source.text(), &collector, &error, &error_at)) {
    sink.Report(DiagCode::E1101, source.LocationOf(error_at), "results file is not valid CSV: " + error,
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
    sink.Report(DiagCode::E1101, source.LocationOf(header.spans.empty() ? 0 : header.spans.front().offset),
                "the header row of a results file names the columns id, period and value",
                "write the first row as: id,period,value,sample (sample is optional)");
    return std::nullopt;
  }
  ResultsFile file{path, {}};
  for (size_t i = 1; i < collector.records.size(); ++i) {
    const CsvRecord& record = collector.records[i];
    if (record.spans.empty()) continue;  // libcsv gives every row a field; never trust it blindly
    auto has = [&](int column) { return column >= 0 && column < static_cast<int>(record.fields.size()); };
    auto text = [&](int column) { return has(column) ? record.fields[column] : std::string(); };
    const Span& last = record.spans.back();
    auto at = [&](int column) {
      return has(column) ? CellLocation(source, record.spans[column]) : source.LocationOf(last.offset + last.length);
    };
    ResultsRow row{source.LocationOf(record.spans.front().offset).line, text(id), text(period), text(value),
                   text(sample), at(id), at(period), at(value), at(sample)};
    file.rows.push_back(std::move(row));
  }
  return file;
}

}  // namespace charterc
