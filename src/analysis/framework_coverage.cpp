#include "analysis/framework_coverage.h"

#include <map>
#include <set>

namespace charterc {

namespace {

// "cse:4.2.1" for every criterion ref of the documents' commitments.
std::set<std::string> CitedRefs(const std::vector<const Document*>& documents) {
  std::set<std::string> cited;
  for (const Document* doc : documents) {
    for (const Commitment& commitment : doc->commitments) {
      for (const Ref& ref : commitment.refs) {
        if (ref.kind == Ref::Kind::Criterion) cited.insert(ref.framework + ":" + ref.criterion);
      }
    }
  }
  return cited;
}

// Framework id -> where it is claimed, for the known frameworks the documents claim.
std::map<std::string, SourceLocation> Claims(const Project& project, const std::vector<const Document*>& documents) {
  std::map<std::string, SourceLocation> claims;
  for (const Document* doc : documents) {
    const std::string& id = project.FrameworkOf(*doc);
    if (id.empty() || !project.frameworks.count(id) || claims.count(id)) continue;
    claims[id] = id == project.config.framework ? project.config.framework_location : doc->meta.framework_location;
  }
  return claims;
}

FrameworkCoverage CoverageOf(const Project& project, const Framework& framework, const std::set<std::string>& cited) {
  FrameworkCoverage coverage;
  coverage.framework = framework.id;
  for (const Criterion& criterion : framework.criteria) {
    if (!criterion.leaf) continue;
    std::string ref = framework.id + ":" + criterion.number;
    if (cited.count(ref)) coverage.covered.push_back(criterion);
    else if (project.config.waivers.count(ref)) coverage.waived.push_back(criterion);
    else coverage.uncovered.push_back(criterion);
  }
  return coverage;
}

}  // namespace

std::vector<FrameworkCoverage> ComputeCoverage(const Project& project, const std::vector<const Document*>& documents) {
  std::set<std::string> cited = CitedRefs(documents);
  std::vector<FrameworkCoverage> result;
  for (const auto& [id, claimed_at] : Claims(project, documents)) {
    result.push_back(CoverageOf(project, project.frameworks.at(id), cited));
    result.back().claimed_at = claimed_at;
  }
  return result;
}

std::vector<FrameworkCoverage> ComputeCoverage(const Project& project) {
  std::vector<const Document*> documents;
  for (const Document& doc : project.documents) documents.push_back(&doc);
  return ComputeCoverage(project, documents);
}

}  // namespace charterc
