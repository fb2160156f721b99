#pragma once
// -v/--verbose: how long each stage of the pipeline took, one line per stage
// as it ends ("time: check 0.103s"), on the stream diagnostics go to.

#include <functional>
#include <ostream>
#include <string_view>

#include "driver/progress.h"

namespace charterc {

class StageTimer {
 public:
  // `now`: seconds on a monotonic clock (injected so tests can fake it).
  StageTimer(std::ostream& out, bool enabled, std::function<double()> now = SteadySeconds);

  // Prints the time since the previous lap (or since construction) as
  // `stage`'s, when enabled.
  void Lap(std::string_view stage);

 private:
  std::ostream& out_;
  const bool enabled_;
  const std::function<double()> now_;
  double last_ = 0;
};

}  // namespace charterc
