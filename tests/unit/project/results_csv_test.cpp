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
