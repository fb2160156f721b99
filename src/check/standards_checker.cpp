#include "check/standards_checker.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace charterc {

namespace {

// A charter or a customer care statement is where the public promise that
// a standard measures is made; without one, nothing could cite it.
bool HasPromiseDocument(const Project& project) {
  return std::any_of(project.documents.begin(), project.documents.end(), [](const Document& doc) {
    return doc.meta.type == DocumentType::Charter || doc.meta.type == DocumentType::Statement;
  });
}

// One standard nobody cites is reported where it is; several are one
// finding for the document (a library adopting charterc often has a whole
// standards document its charter does not cite yet), naming the first few
// and listing every id in its details.
void ReportUncited(const Document& doc, const std::vector<const Commitment*>& uncited, DiagnosticSink& sink) {
  if (uncited.empty()) return;
  const Commitment& first = *uncited.front();
  const std::string hint =
      "add refs=\"" + doc.name + "#" + first.id + "\" to the promise it measures, e.g. in the charter";
  if (uncited.size() == 1) {
    sink.Report(DiagCode::W0409, first.location,
                "standard '" + first.id + "' is not cited by any commitment of another document", hint);
    return;
  }
  std::vector<std::string> ids;
  std::string named;
  for (const Commitment* commitment : uncited) {
    ids.push_back(commitment->id);
    if (ids.size() <= 3) named += (named.empty() ? "" : ", ") + commitment->id;
  }
  if (ids.size() > 3) named += " and " + std::to_string(ids.size() - 3) + " more";
  sink.Report(DiagCode::W0409, SourceLocation{doc.path, 1, 1, 3},
              std::to_string(uncited.size()) + " of " + std::to_string(doc.commitments.size()) + " standards of '" +
                  doc.name + "' are not cited by any commitment of another document: " + named,
              hint + "; the report (build --format report) lists them", ids);
}

}  // namespace

void CheckStandardsCited(const Project& project, DiagnosticSink& sink) {
  if (!HasPromiseDocument(project)) return;
  std::set<std::string> cited;  // "standards#email-response"
  for (const Document& doc : project.documents) {
    for (const Commitment& commitment : doc.commitments) {
      for (const Ref& ref : commitment.refs) {
        if (ref.kind == Ref::Kind::Document && ref.document != doc.name) cited.insert(ref.document + "#" + ref.id);
      }
    }
  }
  for (const Document& doc : project.documents) {
    if (doc.meta.type != DocumentType::Standards) continue;
    std::vector<const Commitment*> uncited;
    for (const Commitment& commitment : doc.commitments) {
      if (!cited.count(doc.name + "#" + commitment.id)) uncited.push_back(&commitment);
    }
    ReportUncited(doc, uncited, sink);
  }
}

}  // namespace charterc
