#pragma once
// Reads a results file (data/*.csv: RFC 4180 CSV, UTF-8, an optional byte
// order mark as spreadsheet programs write it) with libcsv. Its header row
// names the columns: id (or measure, commitment), period, value (or
// result), and optionally sample (or sample-size); other columns are left
// alone. Only the file's shape is judged here; whether each row makes
// sense (a known id, periods in order, a number) is the analyse stage's.

#include <optional>

#include "base/source_file.h"
#include "diag/diagnostic_sink.h"
#include "model/results_file.h"

namespace charterc {

// Nothing (with E1101) when the file is not CSV or lacks a needed column.
std::optional<ResultsFile> ReadResultsCsv(const SourceFile& source, DiagnosticSink& sink);

}  // namespace charterc
