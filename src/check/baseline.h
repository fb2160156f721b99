#pragma once
// The baseline: the quality findings a team has accepted for now, so that
// adopting charterc on charters already published does not fail every run.
// `charterc check --update-baseline` writes charterc-baseline.json at the
// project root; later runs report the findings it holds as baselined (not
// counted, not failing) and fail only on new ones.
//
// A finding is keyed by its project-relative file, its code and its
// subject: the commitment it is about ("commitment:email-reply") or, for
// anything else, the fingerprint of its source line's words
// ("line:3fa29c0e11d2"); a summary finding (W0408, W0409) by what it
// counts ("details:..."), so one more uncovered criterion is a new finding.
// Never by line number, so an edit elsewhere in the
// file keeps the key. The same key may hold several findings (two vague
// words in one promise): the baseline keeps a count.
//
// The file, reviewed in git, is sorted and versioned:
//   {"format": "charterc-baseline", "version": 1,
//    "findings": [{"file": "charters/charter.md", "code": "E0901",
//                  "subject": "commitment:help", "count": 1,
//                  "message": "commitment 'help' is not measurable: ..."}]}
// "message" is there for the reviewer only; it is not part of the key.
// Integrity problems are never baselined: they make an output wrong.

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "check/finding_index.h"
#include "diag/diagnostic.h"
#include "project/project_loader.h"

namespace charterc {

inline constexpr const char* kBaselineFile = "charterc-baseline.json";

struct FindingKey {
  std::string file;     // relative to the project folder
  std::string code;     // "E0901"
  std::string subject;  // "commitment:<id>" or "line:<fingerprint>"

  auto operator<=>(const FindingKey&) const = default;
};

// Whether a finding may be baselined: a quality error or warning.
bool Baselinable(const Diagnostic& d);

// The key of `d`, in a project loaded from `loaded.project.root`.
FindingKey KeyOf(const Diagnostic& d, const LoadedProject& loaded, const FindingIndex& index);

class Baseline {
 public:
  void Add(const FindingKey& key, const std::string& message);
  // Uses up one finding of `key`; false when the baseline holds no more.
  bool Take(const FindingKey& key);
  int size() const;

  // False, with `error` set, when `json` is not a baseline of this version.
  bool Parse(const std::string& json, std::string* error);
  std::string ToJson() const;

 private:
  struct Entry {
    int count = 0;
    std::string message;
  };
  std::map<FindingKey, Entry> entries_;
};

}  // namespace charterc
