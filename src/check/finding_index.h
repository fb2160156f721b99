#pragma once
// What each finding of the check stage is about: the document whose file it
// was reported in and, when its line falls within a commitment's source
// lines, that commitment. Built once after checking and handed on to
// everything that lists promises with their findings: the baseline, the
// terminal list, commitments.json and the internal report.

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"
#include "model/project.h"

namespace charterc {

class FindingIndex {
 public:
  FindingIndex() = default;
  // `findings`: the check stage's diagnostics, sorted. Holds no pointer
  // into `project`.
  FindingIndex(const Project& project, std::vector<Diagnostic> findings);

  const std::vector<Diagnostic>& all() const { return findings_; }
  // The index in its document's commitments of the commitment whose source
  // lines hold `at`; -1 for anything else (front matter, headings, prose,
  // another file).
  int CommitmentAt(const SourceLocation& at) const;
  // Findings about one commitment (by its index in `doc.commitments`), and
  // about the rest of a document's file.
  std::vector<const Diagnostic*> Of(const Document& doc, int commitment) const;
  std::vector<const Diagnostic*> OutsideCommitments(const Document& doc) const;

 private:
  struct Span {
    int first_line;
    int last_line;
  };
  std::vector<const Diagnostic*> Select(const std::vector<size_t>& indices) const;

  std::vector<Diagnostic> findings_;
  std::map<std::string, std::vector<Span>> spans_;  // by file, parallel to its commitments
  std::map<std::pair<std::string, int>, std::vector<size_t>> by_commitment_;  // (file, commitment) -> findings
  std::map<std::string, std::vector<size_t>> outside_;  // by file
};

}  // namespace charterc
