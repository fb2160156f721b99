#pragma once
// The pipeline as the commands run it:
//   load project -> parse Markdown -> build model -> analyse -> check -> localise -> render -> write
// `check` stops after the check stage; `build` runs it all, and makes again
// only the outputs whose inputs changed since the last build (the build
// state in out/.charterc/, output/build_state.h).

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "driver/env.h"
#include "analysis/analysis.h"
#include "analysis/reading_cache.h"
#include "check/finding_index.h"
#include "output/build_state.h"
#include "project/project_loader.h"

namespace charterc {

enum class DiagnosticsFormat { Text, Json, Sarif };

struct PipelineOptions {
  std::string project_dir = ".";
  std::string out_dir;  // empty: <project_dir>/out
  std::vector<std::string> formats = {"html", "txt", "epub", "pdf", "json"};
  bool formats_explicit = false;  // --format given: a format that cannot be written is an error
  DiagnosticsFormat diagnostics_format = DiagnosticsFormat::Text;
  bool strict = false;
  bool quiet = false;
  bool write_ids = false;  // check: write implicit commitments' ids into the sources
  std::vector<std::string> bilingual;  // build --bilingual cy,en: two languages, page language first
  double min_translated = 0;  // percent of units every language must have translated; 0: no gate
  bool update_baseline = false;  // check: write charterc-baseline.json from this run's quality findings
  bool show_baselined = false;   // also print the findings the baseline holds
  bool list_promises = false;    // check --list: every promise with its verdict, on stdout
  int jobs = 1;                  // build -j: outputs made at once (the bytes do not depend on it)
  std::string depfile;           // build --depfile: a Makefile rule naming every output and input
  bool explain = false;          // build --explain: say why each output is made again
  bool color = false;    // text diagnostics in colour (--color, NO_COLOR and the terminal, decided by the CLI)
  bool verbose = false;  // -v: each stage's time on stderr
  // build --force: write into an output folder charterc did not make, and
  // replace read-only files and links there (driver/output_folder_guard.h).
  bool force = false;
};

// What the check stage hands on: the loaded project, its analysis and its
// findings, each tied to the commitment it is about.
struct CheckedProject {
  LoadedProject loaded;
  Analysis analysis;
  FindingIndex findings;
  bool baseline_used = false;  // a baseline was read or written: findings are new or baselined
  std::set<std::string> withheld_langs = {};  // translated languages checked but not published (N1015)
  Observations observed = {};  // every question loading and checking asked of the file system
  // The readings of text this run computed or reused (analysis/reading_cache.h),
  // for the build to keep for the next one.
  std::shared_ptr<ReadingCache> readings = {};
};

// What RenderAndWrite did, for the summary and the next build.
struct Written {
  int documents = 0;   // source documents published
  int made = 0;        // outputs made in this build
  int reused = 0;      // outputs whose inputs had not changed, left as they were
  BuildState state;    // without what was printed (RunBuild adds it)
};

// Loads, analyses and checks the project; diagnostics go into `sink`.
CheckedProject LoadAndCheck(const Env& env, const PipelineOptions& options, DiagnosticSink& sink);

// Localises, then renders and writes every output of the documents that
// have no integrity errors, plus the index and site-wide outputs; outputs
// whose inputs are unchanged since `previous` are left as they are, and
// outputs of documents that are gone are removed.
Written RenderAndWrite(Env& env, const PipelineOptions& options, const CheckedProject& checked, DiagnosticSink& sink,
                       const std::optional<BuildState>& previous = std::nullopt);

// The output folder the options name.
std::string OutputFolder(const PipelineOptions& options);

// How the source lines quoted under diagnostics are shown.
enum class QuotedNotes {
  Shown,   // as written: what the author sees on the terminal
  Masked,  // every internal= and evidence= value masked before a long line
           // is cut to the screen's width: what the build state keeps
           // (output/internal_note_redaction.h), as a cut can leave a note's
           // text in the window without its key
};

// Prints the diagnostics and summary; returns the exit code they imply.
int Finish(const Env& env, const PipelineOptions& options, const CheckedProject& checked, const DiagnosticSink& sink,
           QuotedNotes notes = QuotedNotes::Shown);

}  // namespace charterc
