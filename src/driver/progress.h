#pragma once
// A status line like ninja's on a terminal: "[done/total] current job
// (elapsed)", rewritten in place as jobs start and finish, and wiped when the
// work is done so that what follows starts on a clean line. Off a terminal or
// with --quiet it prints nothing at all: logs and pipes stay free of escape
// codes. It knows nothing of what the jobs are; callers give labels.
// Calls may come from several threads.

#include <functional>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>

namespace charterc {

class Progress {
 public:
  // `out`: where the line goes (stderr); `enabled`: whether to print at all;
  // `now`: seconds on a monotonic clock (injected so tests can fake it);
  // `columns`: the terminal's width, 0 when unknown (80 is assumed): the line
  // is shortened to fit, since a wrapped line cannot be rewritten in place.
  Progress(std::ostream& out, bool enabled, std::function<double()> now, int columns = 0);

  void Start(int total);
  void JobStarted(std::string_view label);
  void JobFinished();
  // Clears the line. Call before printing anything else to the same stream.
  void Finish();

 private:
  void Draw();  // with mutex_ held

  std::ostream& out_;
  const bool enabled_;
  const std::function<double()> now_;
  const int columns_;
  std::mutex mutex_;
  double started_at_ = 0;
  int total_ = 0;
  int done_ = 0;
  std::string current_;
  bool drawn_ = false;  // a line is on screen and must be wiped by Finish
};

// One job's start and finish around a scope; a null Progress does nothing.
class ProgressJob {
 public:
  ProgressJob(Progress* progress, std::string_view label) : progress_(progress) {
    if (progress_ != nullptr) progress_->JobStarted(label);
  }
  ~ProgressJob() {
    if (progress_ != nullptr) progress_->JobFinished();
  }
  ProgressJob(const ProgressJob&) = delete;
  ProgressJob& operator=(const ProgressJob&) = delete;

 private:
  Progress* progress_;
};

// "0.4s", "12.3s", "2m05s": seconds as the status line shows them.
std::string FormatElapsed(double seconds);

// `text` shortened to `width` columns by replacing its middle with "...", as
// ninja does, so both the start and the end of a path stay readable. Counts
// UTF-8 code points as one column each.
std::string ElideMiddle(std::string_view text, int width);

// Seconds since an arbitrary start on std::chrono::steady_clock: the real
// `now` for Progress and StageTimer.
double SteadySeconds();

}  // namespace charterc
