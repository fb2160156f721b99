#include "check/finding_index.h"

#include <algorithm>

namespace charterc {

FindingIndex::FindingIndex(const Project& project, std::vector<Diagnostic> findings) : findings_(std::move(findings)) {
  for (const Document& doc : project.documents) {
    std::vector<Span>& spans = spans_[doc.path];
    for (const Commitment& commitment : doc.commitments) {
      spans.push_back({commitment.location.line, std::max(commitment.last_line, commitment.location.line)});
    }
  }
  for (size_t i = 0; i < findings_.size(); ++i) {
    const SourceLocation& at = findings_[i].location;
    int commitment = CommitmentAt(at);
    if (commitment >= 0) by_commitment_[{at.file, commitment}].push_back(i);
    else outside_[at.file].push_back(i);
  }
}

int FindingIndex::CommitmentAt(const SourceLocation& at) const {
  auto file = spans_.find(at.file);
  if (file == spans_.end() || at.line <= 0) return -1;
  const std::vector<Span>& spans = file->second;
  for (size_t i = 0; i < spans.size(); ++i) {
    if (at.line >= spans[i].first_line && at.line <= spans[i].last_line) return static_cast<int>(i);
  }
  return -1;
}

std::vector<const Diagnostic*> FindingIndex::Select(const std::vector<size_t>& indices) const {
  std::vector<const Diagnostic*> selected;
  for (size_t i : indices) selected.push_back(&findings_[i]);
  return selected;
}

std::vector<const Diagnostic*> FindingIndex::Of(const Document& doc, int commitment) const {
  auto it = by_commitment_.find({doc.path, commitment});
  return it == by_commitment_.end() ? std::vector<const Diagnostic*>{} : Select(it->second);
}

std::vector<const Diagnostic*> FindingIndex::OutsideCommitments(const Document& doc) const {
  auto it = outside_.find(doc.path);
  return it == outside_.end() ? std::vector<const Diagnostic*>{} : Select(it->second);
}

}  // namespace charterc
