#include "check/lifecycle_checker.h"

namespace charterc {

namespace {

bool NeedsOwnerAndReview(DocumentType type) {
  return type == DocumentType::Charter || type == DocumentType::Standards;
}

}  // namespace

void CheckLifecycle(const Project& project, const std::string& today, DiagnosticSink& sink) {
  for (const Document& doc : project.documents) {
    SourceLocation top{doc.path, 1, 1, 3};  // the opening '---', as for a missing title
    // Front matter that is missing or broken has its own diagnostic already.
    if (doc.meta.read && NeedsOwnerAndReview(doc.meta.type)) {
      // A key written with a bad value already has its own diagnostic.
      if (!doc.meta.Has("owner")) {
        sink.Report(DiagCode::E0208, top, "front matter has no 'owner'",
                    "charters and standards name who answers for them, e.g. owner: Head of Customer Services");
      }
      if (!doc.meta.Has("next-review")) {
        sink.Report(DiagCode::E0208, top, "front matter has no 'next-review'",
                    "charters and standards carry a review date, e.g. next-review: 2027-09-01");
      }
    }
    // ISO dates compare correctly as text.
    if (!doc.meta.next_review.empty() && doc.meta.next_review < today) {
      sink.Report(DiagCode::W0207, doc.meta.next_review_location,
                  "this document was due for review on " + doc.meta.next_review,
                  "review it, then update reviewed: and next-review:");
    }
  }
}

}  // namespace charterc
