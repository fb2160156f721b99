#pragma once
// How far the commitments cover each criteria framework the project claims:
// which elements (leaf criteria) a commitment cites, which the project
// waived in charterc.yaml, and which are neither. Computed once by the
// analyse stage for the whole project (Analysis::coverage); the criteria
// check summarises it (W0408), and the traceability page and evidence pack
// compute it for the documents they show.

#include <string>
#include <vector>

#include "base/source_location.h"
#include "model/project.h"

namespace charterc {

struct FrameworkCoverage {
  std::string framework;  // its id, a key of Project::frameworks
  // Where the project claims it: the `framework:` line of charterc.yaml when
  // the config names it, else of the first document (by name) naming it.
  SourceLocation claimed_at;
  // Elements in framework order; each element is in exactly one list. An
  // element that is both cited and waived counts as covered.
  std::vector<Criterion> covered;    // cited by at least one commitment
  std::vector<Criterion> waived;     // not cited; waived, with a reason, in charterc.yaml
  std::vector<Criterion> uncovered;  // neither cited nor waived

  size_t Elements() const { return covered.size() + waived.size() + uncovered.size(); }
};

// The coverage of every known framework that one of `documents` claims
// (its own `framework:`, else the project's), in framework id order. A
// criterion counts as cited when a commitment of any of `documents` names
// it in refs (whatever framework that document claims); a cited group
// (cse:1.1) covers no element under it. Unknown frameworks are left out
// (the criteria check reports them).
std::vector<FrameworkCoverage> ComputeCoverage(const Project& project, const std::vector<const Document*>& documents);

// The same for every source document of the project.
std::vector<FrameworkCoverage> ComputeCoverage(const Project& project);

}  // namespace charterc
