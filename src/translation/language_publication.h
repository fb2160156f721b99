#pragma once
// Which translated languages are published. A language is a decision, not a
// side effect of a file existing: with a languages: list in charterc.yaml,
// the listed ones are; without one, a language is published once
// min-translated % (default 100) of its commitments and titles are
// translated, since a page whose promises read in another language is not
// that language's charter yet. A withheld language is still checked; it
// gets no pages, switcher entry, hreflang, index entry or other editions.

#include <map>
#include <set>
#include <string>

#include "analysis/analysis.h"
#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

struct LanguageDecision {
  bool published = true;
  bool listed = false;   // named in languages: (only meaningful with a list)
  int key_units = 0;     // commitments and titles, over the language's documents
  int key_translated = 0;
  std::string first_path;  // the language's first translation file, where the note points
  double KeyShare() const { return key_units == 0 ? 1.0 : static_cast<double>(key_translated) / key_units; }
};

// By language tag, for every language with a translation.
std::map<std::string, LanguageDecision> DecideLanguages(const Project& project, const Analysis& analysis);

// The withheld languages, each reported once (N1015) with its coverage
// and what would publish it.
std::set<std::string> WithheldLanguages(const Project& project, const Analysis& analysis, DiagnosticSink& sink);

}  // namespace charterc
