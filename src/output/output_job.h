#pragma once
// The render stage as a list of jobs: each makes the bytes of one output
// file from inputs it names, so the build state can tell which jobs must
// run again (output/build_state.h) and the runner can run them in
// parallel (output/job_runner.h).

#include <functional>
#include <string>
#include <vector>

namespace charterc {

struct OutputJob {
  std::string path;                 // relative to the output folder (output/output_layout.h)
  std::vector<std::string> inputs;  // what it is made from, names in the build's input table
  bool printed = false;             // needs the printer (a browser): run before the others
  // Makes the bytes on worker `worker` (0 .. threads-1, for per-thread
  // caches); false when they cannot be made, a diagnostic saying why.
  std::function<bool(int worker, std::string* bytes)> make;
  // Jobs run in waves, each after the one before is written: a job that
  // reads other outputs of the build from the output folder (a page
  // linking its PDF with its size, the manifest hashing every file) runs
  // in a later wave than they do. Its inputs must still name everything
  // those outputs are made from, so the build state stays right.
  int wave = 0;
};

}  // namespace charterc
