#include <doctest/doctest.h>

#include "project/results_csv.h"

using namespace charterc;

TEST_CASE("a results file: columns by name, each row with the line it starts on") {
  // A byte order mark, columns in another order, a blank line, a quoted
  // field holding a comma and a line break, and an extra column.
  SourceFile source("data/r.csv",
                    "\xEF\xBB\xBFperiod,value,ID,note\n"
                    "2025-08,97%,email-response,\n"
                    "\n"
                    "2025-09,93,email-response,\"late, two\nstaff away\"\n"
                    "2025-10,95,email-response,\n");
  DiagnosticSink sink;
  std::optional<ResultsFile> file = ReadResultsCsv(source, sink);
  REQUIRE(file);
  CHECK(sink.Sorted().empty());
  REQUIRE(file->rows.size() == 3);
  CHECK(file->rows[0].line == 2);
  CHECK(file->rows[0].id == "email-response");
  CHECK(file->rows[0].value == "97%");
  CHECK(file->rows[1].line == 4);
  CHECK(file->rows[1].period == "2025-09");
  CHECK(file->rows[2].line == 6);  // after the row that spans lines 4-5
  CHECK(file->rows[2].sample.empty());
}

TEST_CASE("a results file without the needed columns, or not CSV, is one E1101") {
  DiagnosticSink sink;
  CHECK_FALSE(ReadResultsCsv(SourceFile("data/a.csv", "standard,month,value\nx,2025-08,1\n"), sink));
  CHECK_FALSE(ReadResultsCsv(SourceFile("data/b.csv", "id,period,value\nx,2025-08,\"96\n"), sink));
  CHECK_FALSE(ReadResultsCsv(SourceFile("data/c.csv", ""), sink));
  std::vector<Diagnostic> found = sink.Sorted();
  REQUIRE(found.size() == 3);
  for (const Diagnostic& diagnostic : found) CHECK(diagnostic.code == DiagCode::E1101);
  CHECK(found[0].location.line == 1);
  CHECK(found[1].location.line == 2);  // the row whose quote is never closed
}

TEST_CASE("each cell of a results row knows where its text is") {
  // Spaces around a cell and its quotes are not part of it; a cell the row
  // lacks is placed just after its last cell; a column counts code points
  // (é is one); a quoted cell that spans lines is underlined on its first.
  SourceFile source("data/r.csv",
                    "id,period,value,sample\n"
                    "email, 2025-08 ,\"96%\",\n"
                    "\"\xC3\xA9-mail\",2025-09,9\n"
                    "x,\"2025\n10\",1,2\n");
  DiagnosticSink sink;
  std::optional<ResultsFile> file = ReadResultsCsv(source, sink);
  REQUIRE(file);
  REQUIRE(file->rows.size() == 3);
  auto at = [](const SourceLocation& where) {
    return std::to_string(where.line) + ":" + std::to_string(where.column) + "+" + std::to_string(where.length);
  };
  const ResultsRow& spaced = file->rows[0];
  CHECK(at(spaced.id_at) == "2:1+5");
  CHECK(at(spaced.period_at) == "2:8+7");
  CHECK(at(spaced.value_at) == "2:18+3");
  CHECK(at(spaced.sample_at) == "2:23+0");
  const ResultsRow& short_row = file->rows[1];
  CHECK(at(short_row.id_at) == "3:2+6");
  CHECK(at(short_row.period_at) == "3:10+7");
  CHECK(at(short_row.value_at) == "3:18+1");
  CHECK(at(short_row.sample_at) == "3:19+0");
  const ResultsRow& spanning = file->rows[2];
  CHECK(spanning.line == 4);
  CHECK(at(spanning.period_at) == "4:4+4");
  CHECK(at(spanning.value_at) == "5:5+1");
  CHECK(at(spanning.sample_at) == "5:7+1");
}

TEST_CASE("a CSV error points at the byte libcsv refused") {
  DiagnosticSink sink;
  // Strict CSV: a quotation mark inside an unquoted cell.
  CHECK_FALSE(ReadResultsCsv(SourceFile("data/q.csv", "id,period,value\nx,ab\"c,1\n"), sink));
  std::vector<Diagnostic> found = sink.Sorted();
  REQUIRE(found.size() == 1);
  CHECK(found[0].code == DiagCode::E1101);
  CHECK(found[0].location.line == 2);
  CHECK(found[0].location.column == 5);
}
