#include "diag/sarif_printer.h"

#include <nlohmann/json.hpp>

#include "diag/diagnostic_grouping.h"

namespace charterc {

namespace {

using Json = nlohmann::ordered_json;

Json Rules() {
  Json rules = Json::array();
  for (const DiagCodeInfo& info : AllDiagCodes()) {
    rules.push_back({{"id", info.id},
                     {"name", info.name},
                     {"shortDescription", {{"text", info.summary}}},
                     {"defaultConfiguration", {{"level", SeverityName(info.severity)}}}});
  }
  return rules;
}

Json Result(const Diagnostic& d, bool compared_to_baseline) {
  Json result = {{"ruleId", InfoOf(d.code).id},
                 {"level", SeverityName(d.severity)},
                 {"message", {{"text", d.hint.empty() ? MessageWithRepeats(d) : MessageWithRepeats(d) + " (hint: " + d.hint + ")"}}}};
  Json physical = {{"artifactLocation", {{"uri", d.location.file}}}};
  // Line 0 means the whole file: SARIF then takes no region.
  if (d.location.line > 0) {
    Json region = {{"startLine", d.location.line}, {"startColumn", d.location.column}};
    if (d.location.length > 0) region["endColumn"] = d.location.column + d.location.length;
    physical["region"] = region;
  }
  result["locations"] = Json::array({{{"physicalLocation", physical}}});
  if (compared_to_baseline) result["baselineState"] = d.baselined ? "unchanged" : "new";
  // SARIF's property bag carries what a summary finding counts.
  if (!d.details.empty()) result["properties"]["details"] = d.details;
  if (d.more_on_line > 0) result["properties"]["moreOnLine"] = d.more_on_line;
  return result;
}

}  // namespace

void PrintDiagnosticsSarif(const std::vector<Diagnostic>& diagnostics, bool compared_to_baseline, std::ostream& out) {
  Json results = Json::array();
  for (const Diagnostic& d : GroupRepeatsOnLine(diagnostics)) results.push_back(Result(d, compared_to_baseline));
  Json run = {{"tool", {{"driver", {{"name", "charterc"}, {"version", CHARTERC_VERSION}, {"rules", Rules()}}}}},
              // Our columns count code points, as editors show them.
              {"columnKind", "unicodeCodePoints"},
              {"results", results}};
  Json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", Json::array({run})}};
  out << log.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace charterc
