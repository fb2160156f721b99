#include "project/facts_loader.h"

#include "project/yaml_duplicate_keys.h"
#include "project/yaml_location.h"

namespace charterc {

namespace {

bool ReadFact(const SourceFile& source, const std::string& name, const YAML::Node& node, Fact* fact,
              DiagnosticSink& sink) {
  SourceLocation at = YamlLocation(source, node.Mark());
  const char* shape_hint = "write it as {value: 14, unit: day}";
  if (!node.IsMap() || !node["value"] || !node["unit"]) {
    sink.Report(DiagCode::E0503, at, "fact '" + name + "' needs a value and a unit", shape_hint);
    return false;
  }
  try {
    fact->value = node["value"].as<double>();
  } catch (const YAML::Exception&) {
    sink.Report(DiagCode::E0503, YamlLocation(source, node["value"].Mark()),
                "fact '" + name + "' has a value that is not a number", shape_hint);
    return false;
  }
  std::string unit = node["unit"].as<std::string>("");
  std::optional<FactUnit> parsed = FactUnitFromName(unit);
  if (!parsed) {
    sink.Report(DiagCode::E0503, YamlLocation(source, node["unit"].Mark()),
                "fact '" + name + "' has an unknown unit '" + unit + "'",
                std::string("use one of: ") + FactUnitNames());
    return false;
  }
  fact->unit = *parsed;
  fact->currency = node["currency"].as<std::string>("");
  if (fact->unit == FactUnit::Money && fact->currency.size() != 3) {
    sink.Report(DiagCode::E0503, at, "fact '" + name + "' is money but has no currency",
                "add an ISO 4217 code, e.g. currency: GBP");
    return false;
  }
  fact->label = node["label"].as<std::string>("");
  return true;
}

}  // namespace

FactTable LoadFacts(const SourceFile& source, DiagnosticSink& sink) {
  FactTable facts;
  YAML::Node root;
  try {
    root = YAML::Load(source.text());
  } catch (const YAML::ParserException& e) {
    sink.Report(DiagCode::E0502, YamlLocation(source, e.mark), "facts.yaml is not valid YAML: " + e.msg,
                "write one fact per line: name: {value: 14, unit: day}");
    return facts;
  }
  ReportDuplicateKeys(source, root, sink);
  if (!root.IsMap()) {
    if (root.IsDefined() && !root.IsNull()) {
      sink.Report(DiagCode::E0502, SourceLocation{source.path(), 1, 1, 0}, "facts.yaml must map names to facts",
                  "write one fact per line: name: {value: 14, unit: day}");
    }
    return facts;
  }
  for (auto it = root.begin(); it != root.end(); ++it) {
    Fact fact;
    fact.name = it->first.as<std::string>("");
    fact.location = YamlLocation(source, it->first.Mark());
    if (ReadFact(source, fact.name, it->second, &fact, sink)) facts.emplace(fact.name, std::move(fact));
  }
  return facts;
}

}  // namespace charterc
