#pragma once
// out/commitments.csv: one row per commitment and language, for
// spreadsheets and dashboards that do not read JSON. RFC 4180: a header
// row, fields separated by commas, quoted when they hold a comma, a quote
// or a line break (quotes doubled), CRLF line ends, UTF-8; with
// `csv-bom: true` a byte order mark first, which some spreadsheet programs
// need to read UTF-8. The same rows and values as commitments.json.

#include <functional>
#include <list>
#include <string>
#include <vector>

#include "analysis/analysis.h"
#include "model/project.h"
#include "output/publication.h"
#include "render/published_commitments.h"

namespace charterc {

// The columns, in order (docs/web-teams.md says what each holds).
const std::vector<std::string>& CommitmentsCsvColumns();

std::string CommitmentsCsv(const Project& project, const Analysis& analysis,
                           const std::function<Publication(const Document&)>& publication,
                           const std::list<Document>& editions, const LanguageStrings& strings);

// A value a spreadsheet program would run as a formula when the file is
// opened (it starts with =, +, -, @, a tab or a carriage return: formula
// injection) gets a leading apostrophe, which spreadsheets show as text.
std::string SpreadsheetSafe(const std::string& value);

// One field as RFC 4180 writes it: quoted only when it must be.
std::string CsvField(const std::string& value);

}  // namespace charterc
