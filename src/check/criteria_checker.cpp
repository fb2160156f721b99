#include "check/criteria_checker.h"

#include "base/suggest.h"

namespace charterc {

namespace {

std::vector<std::string> FrameworkIds(const Project& project) {
  std::vector<std::string> ids;
  for (const auto& [id, unused] : project.frameworks) ids.push_back(id);
  return ids;
}

std::string UnknownFrameworkHint(const Project& project, const std::string& id) {
  std::string hint = DidYouMean(id, FrameworkIds(project));
  if (!hint.empty()) return hint;
  std::string known;
  for (const std::string& name : FrameworkIds(project)) known += (known.empty() ? "" : ", ") + name;
  return "known frameworks: " + known + "; add your own as charters/frameworks/" + id + ".yaml";
}

class CriteriaChecker {
 public:
  CriteriaChecker(const Project& project, DiagnosticSink& sink) : project_(project), sink_(sink) {}

  void Run() {
    for (const Document& doc : project_.documents) CheckDocument(doc);
    CheckWaivers();
  }

 private:
  void CheckDocument(const Document& doc) {
    const std::string& framework_id = project_.FrameworkOf(doc);
    const Framework* framework = nullptr;
    if (!framework_id.empty()) {
      auto it = project_.frameworks.find(framework_id);
      if (it == project_.frameworks.end()) {
        ReportUnknownFramework(FrameworkLocation(doc), framework_id, "framework '" + framework_id + "'");
      } else {
        framework = &it->second;
      }
    }
    for (const Commitment& commitment : doc.commitments) {
      bool cites_own = false;
      for (const Ref& ref : commitment.refs) {
        if (ref.kind != Ref::Kind::Criterion) continue;
        if (CheckCriterionRef(ref) && framework != nullptr && ref.framework == framework->id) cites_own = true;
      }
      // A commitment found without markup has no refs to cite with.
      if (framework != nullptr && !cites_own && !commitment.implicit) {
        sink_.Report(DiagCode::E0407, commitment.location,
                     "commitment '" + commitment.id + "' cites no criterion of " + framework->title,
                     "add the criterion it meets to refs, e.g. refs=\"" + framework->id + ":" + ExampleNumber(*framework) + "\"");
      }
    }
  }

  // Resolves one criterion ref; true when it names a listed criterion.
  bool CheckCriterionRef(const Ref& ref) {
    auto it = project_.frameworks.find(ref.framework);
    if (it == project_.frameworks.end()) {
      ReportUnknownFramework(ref.location, ref.framework, "'" + ref.text + "': '" + ref.framework + "'");
      return false;
    }
    const Framework& framework = it->second;
    if (framework.Find(ref.criterion) != nullptr) return true;
    if (framework.IsPlausible(ref.criterion)) {
      sink_.Report(DiagCode::W0405, ref.location,
                   "'" + ref.text + "': " + framework.title + " does not list criterion " + ref.criterion,
                   "check the number against the standard; if a newer edition has it, add it to charters/frameworks/" +
                       framework.id + ".yaml");
      return true;  // an unknown but possible element still counts as citing the framework
    }
    std::vector<std::string> numbers;
    for (const Criterion& criterion : framework.criteria) numbers.push_back(criterion.number);
    std::string hint = DidYouMean(ref.criterion, numbers);
    sink_.Report(DiagCode::E0406, ref.location,
                 "'" + ref.text + "': " + framework.title + " has no criterion " + ref.criterion,
                 hint.empty() ? "criteria are numbered like " + ExampleNumber(framework) : hint);
    return false;
  }

  // `subject` names what is unknown: "framework 'csx'" or "'csx:1.1': 'csx'".
  void ReportUnknownFramework(const SourceLocation& at, const std::string& id, const std::string& subject) {
    sink_.Report(DiagCode::E0404, at, subject + " is not a known criteria framework",
                 UnknownFrameworkHint(project_, id));
  }

  void CheckWaivers() {
    for (const auto& [ref, waiver] : project_.config.waivers) {
      size_t colon = ref.find(':');
      auto it = colon == std::string::npos ? project_.frameworks.end() : project_.frameworks.find(ref.substr(0, colon));
      if (it != project_.frameworks.end() && it->second.Find(ref.substr(colon + 1)) != nullptr) continue;
      sink_.Report(DiagCode::W0707, waiver.location, "waiver of '" + ref + "' names no known criterion",
                   "write it as framework:criterion, e.g. cse:2.1.1, or delete it");
    }
  }

  // Where the document's framework is named: its own front matter, or charterc.yaml.
  SourceLocation FrameworkLocation(const Document& doc) const {
    return doc.meta.framework.empty() ? project_.config.framework_location : doc.meta.framework_location;
  }

  static std::string ExampleNumber(const Framework& framework) {
    for (const Criterion& criterion : framework.criteria) {
      if (criterion.leaf) return criterion.number;
    }
    return framework.criteria.empty() ? "1" : framework.criteria.front().number;
  }

  const Project& project_;
  DiagnosticSink& sink_;
};

}  // namespace

void CheckCriteria(const Project& project, DiagnosticSink& sink) { CriteriaChecker(project, sink).Run(); }

}  // namespace charterc
