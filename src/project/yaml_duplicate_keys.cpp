#include "project/yaml_duplicate_keys.h"

#include <map>
#include <vector>

#include "project/yaml_location.h"

namespace charterc {

void ForEachDuplicateKey(const YAML::Node& root, const DuplicateKeyReport& report) {
  // An explicit stack: nesting depth is the input's, not ours to recurse on.
  std::vector<YAML::Node> pending = {root};
  for (int walked = 0; !pending.empty() && walked < kMaxYamlNodesWalked; ++walked) {
    YAML::Node node = pending.back();
    pending.pop_back();
    if (node.IsSequence()) {
      for (const YAML::Node& item : node) pending.push_back(item);
    } else if (node.IsMap()) {
      std::map<std::string, YAML::Mark> seen;
      for (auto it = node.begin(); it != node.end(); ++it) {
        if (it->first.IsScalar()) {
          auto [first, inserted] = seen.emplace(it->first.Scalar(), it->first.Mark());
          if (!inserted) report(it->first.Scalar(), it->first.Mark(), first->second);
        }
        pending.push_back(it->second);
      }
    }
  }
}

void ReportDuplicateKeys(const SourceFile& source, const YAML::Node& root, DiagnosticSink& sink, int first_line) {
  ForEachDuplicateKey(root, [&](const std::string& key, const YAML::Mark& repeated, const YAML::Mark& first) {
    SourceLocation at = YamlLocation(source, repeated, first_line);
    at.length = CodePointCount(key);
    sink.Report(DiagCode::E0710, at,
                "'" + key + "' is set twice in one mapping (first on line " +
                    std::to_string(YamlLocation(source, first, first_line).line) + ")",
                "keep one of them: YAML keys are unique, and which one would count is not defined");
  });
}

}  // namespace charterc
