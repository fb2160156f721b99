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
//                        whether it is published (the facts in that title
//                        are inputs as `fact <name>`)
//   editions <doc>       the languages a document is published in
//   image <path>         an image file a page shows (its bytes' hash; 0
//                        while it is missing or fails its checks)
//   everything           all of the above and the findings: the index, traceability pages,
//                        books of every document, commitments.json, the "How we did"
//                        pages (the only outputs made from data/*.csv)
//   formats              the formats the build makes (and whether it can print): pages
//                        link their other formats, the manifest lists every file

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
  // Adds (or replaces) an input the build computes itself, such as
  // "formats" (which formats it makes), and returns its name.
  std::string Named(const std::string& name, uint64_t hash) {
    hashes_[name] = hash;
    return name;
  }
  // Everything the build's outputs are made from.
  const std::map<std::string, uint64_t>& hashes() const { return hashes_; }

 private:
  void AddSource(const std::string& path, std::vector<std::string>* names);
  void AddFacts(const std::string& path, std::vector<std::string>* names);
  // The facts shown in `inlines` (another document's title, on a link).
  void AddFactsOf(const std::vector<Inline>& inlines, std::vector<std::string>* names);
  void AddFact(const std::string& fact_name, std::vector<std::string>* names);
  void AddImages(const std::string& source_path, const std::vector<Inline>& inlines, std::vector<std::string>* names);
  void AddImagesOf(const std::string& source_path, const std::vector<Block>& blocks, std::vector<std::string>* names);

 public:
  // The input of one published image file (its copy under out/images/).
  std::string ForImage(const ImageFile& image) { return Named("image " + image.path, image.hash); }

 private:

  const LoadedProject& loaded_;
  const Localised& localised_;
  const Observations& observations_;
  const std::set<std::string>& with_errors_;
  std::map<std::string, uint64_t> hashes_;
};

}  // namespace charterc
