#include "check/standards_checker.h"

#include <algorithm>
#include <set>

namespace charterc {

namespace {

// A charter or a customer care statement is where the public promise that
// a standard measures is made; without one, nothing could cite it.
bool HasPromiseDocument(const Project& project) {
  return std::any_of(project.documents.begin(), project.documents.end(), [](const Document& doc) {
    return doc.meta.type == DocumentType::Charter || doc.meta.type == DocumentType::Statement;
  });
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
    for (const Commitment& commitment : doc.commitments) {
      if (cited.count(doc.name + "#" + commitment.id)) continue;
      sink.Report(DiagCode::W0409, commitment.location,
                  "standard '" + commitment.id + "' is not cited by any commitment of another document",
                  "add refs=\"" + doc.name + "#" + commitment.id +
                      "\" to the promise it measures, e.g. in the charter");
    }
  }
}

}  // namespace charterc
