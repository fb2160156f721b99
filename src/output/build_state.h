#pragma once
// What a build leaves for the next one, in <out>/.charterc/state: the
// questions it asked the file system and their answers (its inputs), the
// inputs each output was made from, each output's content hash, and what
// it printed. The next build compares: nothing changed means nothing is
// loaded or written and the same findings are printed again; otherwise
// only outputs whose inputs changed are made again.
//
// The file is text, one record per line, described by its own header.
// A file of another version, or one that cannot be read, is not an error:
// the build starts over and says so.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/observing_file_system.h"
#include "diag/diagnostic.h"

namespace charterc {

struct OutputRecord {
  uint64_t content = 0;             // hash of the bytes written
  // Hash of the inputs' hashes when it was made (Signature): a record kept
  // from an older build (a format not asked for since) is compared with
  // what its inputs are now, not with what they were in the last build.
  // 0: the last attempt failed, so it must be made again.
  uint64_t signature = 0;
  std::vector<std::string> inputs;  // names into BuildState::inputs
  // What making it reported (a PDF's failed structure check, W0806):
  // reported again by a build that reuses the output.
  std::vector<Diagnostic> findings;
};

struct BuildState {
  static constexpr int kVersion = 1;

  uint64_t request = 0;  // charterc's version, the options and the day (see RequestHash)
  std::string formats;    // what was asked for, comma-separated: `charterc explain` asks the same
  std::string bilingual;
  bool formats_explicit = false;  // --format was given
  Observations observed;
  std::map<std::string, uint64_t> inputs;  // "source charters/a.md", "fact loan.standard", ...
  std::map<std::string, OutputRecord> outputs;  // by path relative to the output folder
  int exit_code = 0;
  bool complete = true;  // every job succeeded: otherwise a build must try again
  std::string printed_out;  // what the build printed on stdout and stderr,
  std::string printed_err;  // replayed as it was by a no-op build

  std::string Serialise() const;
  // nullopt, with `why`, for a file that is damaged or of another version.
  static std::optional<BuildState> Parse(const std::string& text, std::string* why);

  // The hash an output's inputs have in this state; 0 when one of them is
  // unknown.
  uint64_t Signature(const std::vector<std::string>& names) const;
};

// Where the state lives, relative to the output folder.
std::string BuildStatePath();

}  // namespace charterc
