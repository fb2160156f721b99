#pragma once
// The analyse stage: between the model and the checks. Every source
// document's commitments are read once (target, verdict), the readability
// of each document, each prose block and each commitment is measured once,
// and every translated unit is assessed once against its source, into one
// value that the checks, the reports, the editions and the renderers
// (commitments.json) all read, with each framework's coverage. Nothing
// downstream reads a promise again.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analysis/framework_coverage.h"
#include "analysis/unit_status.h"
#include "i18n/readability.h"
#include "model/project.h"
#include "model/target.h"
#include "results/results_book.h"

namespace charterc {

class ReadingCache;

struct Readability {
  TextStats stats;
  ReadabilityIndex index;
};

struct CommitmentAnalysis {
  std::optional<TargetReading> reading;  // none when the language has no lexicon
  Readability readability;
};

// A paragraph or list item of prose, measured (headings and tables are not prose).
struct ProseBlock {
  SourceLocation location;
  TextStats stats;
};

struct DocumentAnalysis {
  Readability readability;
  std::vector<ProseBlock> prose;
  std::vector<CommitmentAnalysis> commitments;  // parallel to Document::commitments
};

struct Analysis {
  std::map<std::string, DocumentAnalysis> documents;  // by Document::path
  // Every translation's units, each assessed against its source once (see
  // analysis/unit_status.h), by Translation::path.
  std::map<std::string, std::vector<AssessedUnit>> translations;
  // Each framework the project claims, covered by all its source documents
  // (see analysis/framework_coverage.h), in framework id order.
  std::vector<FrameworkCoverage> coverage;
  // Every published result tied to its standard, met or missed computed,
  // and the rows that could not be used (see results/results_book.h).
  ResultsBook results;
  // The documents and translations (by path, sources first) for which at
  // least one reading was computed rather than taken from the reading
  // cache: all of them without a cache. For -v and the tests: a one-word
  // edit reads only the edited file afresh.
  std::vector<std::string> afresh;

  const DocumentAnalysis& Of(const Document& doc) const;
  const CommitmentAnalysis& Of(const Document& doc, const Commitment& commitment) const;
  const std::vector<AssessedUnit>& Of(const Translation& translation) const;
};

// The reading of one commitment of `doc`, in its language: its explicit
// target="..." if it has one, else its text (a fragment with its lead-in);
// a table row's period fills in a share's. Nothing when the language has
// no lexicon. Analyse calls it once per commitment.
std::optional<TargetReading> ReadCommitment(const Project& project, const Document& doc, const Commitment& commitment,
                                            ReadingCache* cache = nullptr);

// `cache`: readings of earlier builds, reused where their inputs are the
// same (analysis/reading_cache.h); null computes everything.
Analysis Analyse(const Project& project, ReadingCache* cache = nullptr);

}  // namespace charterc
