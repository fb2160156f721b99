#include "check/ref_checker.h"

#include "base/suggest.h"
#include "model/link_policy.h"
#include "model/visit.h"

namespace charterc {

namespace {

std::vector<std::string> DocumentNames(const Project& project) {
  std::vector<std::string> names;
  for (const Document& doc : project.documents) names.push_back(doc.name);
  return names;
}

std::vector<std::string> IdsOf(const Document& doc) {
  std::vector<std::string> ids;
  for (const auto& [id, unused] : doc.ids) ids.push_back(id);
  return ids;
}

class RefResolver {
 public:
  RefResolver(const Project& project, DiagnosticSink& sink) : project_(project), sink_(sink) {}

  // `target_doc` empty means `from`; `id` empty means the whole document.
  void Resolve(const Document& from, const std::string& target_doc, const std::string& id,
               const SourceLocation& at, const std::string& written) {
    const Document* target = target_doc.empty() ? &from : project_.FindDocument(target_doc);
    if (target == nullptr) {
      std::string hint = DidYouMean(target_doc, DocumentNames(project_));
      sink_.Report(DiagCode::E0401, at, "'" + written + "' names document '" + target_doc + "', which does not exist",
                   hint.empty() ? "documents are named after their file in charters/, without .md" : hint);
      return;
    }
    if (id.empty() || target->ids.count(id) > 0) return;
    std::string hint = DidYouMean(id, IdsOf(*target));
    sink_.Report(DiagCode::E0402, at,
                 "'" + written + "': document '" + target->name + "' has no id '" + id + "'",
                 hint.empty() ? "give the target an id with {#" + id + "} or fix the ref" : hint);
  }

 private:
  const Project& project_;
  DiagnosticSink& sink_;
};

}  // namespace

void CheckRefs(const Project& project, DiagnosticSink& sink) {
  RefResolver resolver(project, sink);
  for (const Document& doc : project.documents) {
    for (const Commitment& commitment : doc.commitments) {
      for (const Ref& ref : commitment.refs) {
        if (ref.kind == Ref::Kind::Criterion) continue;  // frameworks are checked by the criteria rules
        resolver.Resolve(doc, ref.document, ref.id, ref.location, ref.text);
      }
    }
    ForEachInline(doc, [&](const Inline& node) {
      if (node.kind != InlineKind::Link) return;
      if (std::optional<DocumentLink> link = ParseDocumentLink(node.text)) {
        resolver.Resolve(doc, link->document, link->id, node.location, node.text);
      }
    });
  }
}

}  // namespace charterc
