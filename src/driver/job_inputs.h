#pragma once
// What each output is made from, as named inputs with content hashes: the
// build state compares them with the last build's to decide which outputs
// to make again, and `charterc explain` names the ones that changed.
//
//   global               charterc's version and options, the day, the
//                        config, theme, locales' strings and lexicons,
//                        frameworks: everything not owned by one document
//   source <path>        a document's source or translation file
//   fact <name>          one fact's definition in facts.yaml
//   title <doc>          a document another one links to: its title, and
//                        whether it is published
//   editions <doc>       the languages a document is published in
//   everything           all of the above and the findings: the index, traceability pages,
//                        books of every document, commitments.json, the "How we did"
//                        pages (the only outputs made from data/*.csv)

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/observing_file_system.h"
#include "project/project_loader.h"
#include "translation/localise.h"

namespace charterc {

class JobInputs {
 public:
  // `request`: what every output depends on (OutputRequestHash).
  // `observations`: every question loading and checking asked.
  // `findings`: hash of every finding, which commitments.json and the
  // report print.
  JobInputs(const LoadedProject& loaded, const Localised& localised, const Observations& observations,
            const std::set<std::string>& with_errors, uint64_t request, uint64_t findings);

  // A page of `doc` (a source or an edition) in any single-document format.
  std::vector<std::string> ForPage(const Document& doc);
  // An output made from every document.
  std::vector<std::string> ForEverything() const { return {"everything"}; }
  // Everything the build's outputs are made from.
  const std::map<std::string, uint64_t>& hashes() const { return hashes_; }

 private:
  void AddSource(const std::string& path, std::vector<std::string>* names);
  void AddFacts(const std::string& path, std::vector<std::string>* names);

  const LoadedProject& loaded_;
  const Localised& localised_;
  const Observations& observations_;
  const std::set<std::string>& with_errors_;
  std::map<std::string, uint64_t> hashes_;
};

}  // namespace charterc
