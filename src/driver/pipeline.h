#pragma once
// The pipeline as the commands run it:
//   load project -> parse Markdown -> build model -> analyse -> check -> render -> write
// `check` stops after the check stage; `build` runs it all.

#include <set>
#include <string>
#include <vector>

#include "driver/env.h"
#include "analysis/analysis.h"
#include "check/finding_index.h"
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
  bool color = false;    // text diagnostics in colour (--color, NO_COLOR and the terminal, decided by the CLI)
  bool verbose = false;  // -v: each stage's time on stderr
};

// What the check stage hands on: the loaded project, its analysis and its
// findings, each tied to the commitment it is about.
struct CheckedProject {
  LoadedProject loaded;
  Analysis analysis;
  FindingIndex findings;
  bool baseline_used = false;  // a baseline was read or written: findings are new or baselined
  std::set<std::string> withheld_langs = {};  // translated languages checked but not published (N1015)
};

// Loads, analyses and checks the project; diagnostics go into `sink`.
CheckedProject LoadAndCheck(const Env& env, const PipelineOptions& options, DiagnosticSink& sink);

// Renders and writes every document that has no errors, plus the index.
// Returns the number of documents written.
int RenderAndWrite(Env& env, const PipelineOptions& options, const CheckedProject& checked, DiagnosticSink& sink);

// Prints the diagnostics and summary; returns the exit code they imply.
int Finish(const Env& env, const PipelineOptions& options, const CheckedProject& checked, const DiagnosticSink& sink);

}  // namespace charterc
