#include "project/framework_loader.h"

#include <yaml-cpp/yaml.h>

#include "model/ref.h"
#include "project/yaml_location.h"
#include "resources/embedded.h"

namespace charterc {

namespace {

constexpr const char* kShapeHint = "see 'Criteria frameworks' in docs/syntax.md for the file's shape";

class FrameworkReader {
 public:
  FrameworkReader(const SourceFile& source, Framework* framework, DiagnosticSink& sink)
      : source_(source), framework_(framework), sink_(sink) {}

  // Reads a list of criteria under `parent`; false after any problem.
  bool ReadCriteria(const YAML::Node& list, const std::string& parent) {
    if (!list.IsSequence()) return Fail(list, "'criteria' must be a list of criteria");
    bool ok = true;
    for (const YAML::Node& node : list) ok = ReadCriterion(node, parent) && ok;
    return ok;
  }

 private:
  bool ReadCriterion(const YAML::Node& node, const std::string& parent) {
    if (!node.IsMap() || !node["number"] || !node["number"].IsScalar()) {
      return Fail(node, "each criterion needs a number");
    }
    Criterion criterion;
    criterion.number = node["number"].Scalar();
    // Numbers become refs (cse:4.2.1) and HTML anchors: no spaces, colons or #.
    if (criterion.number.empty() || criterion.number.find_first_of(" \t:#") != std::string::npos) {
      return Fail(node["number"], "criterion number '" + criterion.number + "' may not contain spaces, ':' or '#'");
    }
    criterion.parent = parent;
    criterion.label = node["label"] && node["label"].IsScalar() ? node["label"].Scalar() : "";
    criterion.unverified = node["unverified"] && node["unverified"].as<bool>(false);
    // "4.2.1" must sit under "4.2", so numbers and nesting cannot disagree.
    if (!parent.empty() && IsNumbered(criterion.number) && criterion.number.rfind(parent + ".", 0) != 0) {
      return Fail(node["number"], "criterion '" + criterion.number + "' is listed under '" + parent +
                                      "' but its number does not start with '" + parent + ".'");
    }
    if (framework_->Find(criterion.number) != nullptr) {
      return Fail(node["number"], "criterion '" + criterion.number + "' is listed twice");
    }
    const YAML::Node children = node["criteria"];
    criterion.leaf = !children;
    framework_->criteria.push_back(criterion);
    return !children || ReadCriteria(children, criterion.number);
  }

  static bool IsNumbered(const std::string& number) {
    return !number.empty() && number.find_first_not_of("0123456789.") == std::string::npos;
  }

  bool Fail(const YAML::Node& node, const std::string& message) {
    sink_.Report(DiagCode::E0706, YamlLocation(source_, node.Mark()), message, kShapeHint);
    return false;
  }

  const SourceFile& source_;
  Framework* framework_;
  DiagnosticSink& sink_;
};

}  // namespace

std::optional<Framework> ParseFramework(const SourceFile& source, DiagnosticSink& sink) {
  YAML::Node root;
  try {
    root = YAML::Load(source.text());
  } catch (const YAML::ParserException& e) {
    sink.Report(DiagCode::E0706, YamlLocation(source, e.mark), "framework file is not valid YAML: " + e.msg,
                kShapeHint);
    return std::nullopt;
  }
  SourceLocation top{source.path(), 1, 1, 0};
  if (!root.IsMap() || !root["id"] || !root["id"].IsScalar() || !root["criteria"]) {
    sink.Report(DiagCode::E0706, top, "a framework file needs an 'id' and a list of 'criteria'", kShapeHint);
    return std::nullopt;
  }
  Framework framework;
  framework.id = root["id"].Scalar();
  if (!IsValidId(framework.id)) {
    sink.Report(DiagCode::E0706, YamlLocation(source, root["id"].Mark()),
                "framework id '" + framework.id + "' must start with a letter and use letters, digits, '-', '_' or '.'",
                "the id is the prefix refs use, e.g. id: cse for refs=\"cse:4.2.1\"");
    return std::nullopt;
  }
  framework.title = root["title"] ? root["title"].as<std::string>("") : framework.id;
  framework.version = root["version"] ? root["version"].as<std::string>("") : "";
  if (root["lang"] && root["lang"].IsScalar() && !root["lang"].Scalar().empty()) framework.lang = root["lang"].Scalar();
  framework.location = top;
  if (!FrameworkReader(source, &framework, sink).ReadCriteria(root["criteria"], "")) return std::nullopt;
  return framework;
}

namespace {

FrameworkTable ParseBuiltInFrameworks() {
  FrameworkTable table;
  DiagnosticSink unused;  // built-in files are checked by the unit tests
  for (const EmbeddedFile& file : EmbeddedFiles()) {
    if (file.path.rfind("frameworks/", 0) != 0) continue;
    SourceFile source(std::string(file.path), std::string(file.data));
    if (std::optional<Framework> framework = ParseFramework(source, unused)) {
      framework->location = SourceLocation{};
      table[framework->id] = std::move(*framework);
    }
  }
  return table;
}

}  // namespace

FrameworkTable BuiltInFrameworks() {
  // Parsed once per process (a function-local static is initialised once,
  // thread-safely): `serve` and the fuzz harnesses load projects repeatedly.
  static const FrameworkTable built_in = ParseBuiltInFrameworks();
  return built_in;
}

}  // namespace charterc
