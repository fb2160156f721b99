#include "driver/stage_timer.h"

#include <cstdio>

namespace charterc {

StageTimer::StageTimer(std::ostream& out, bool enabled, std::function<double()> now)
    : out_(out), enabled_(enabled), now_(std::move(now)) {
  if (enabled_) last_ = now_();
}

void StageTimer::Lap(std::string_view stage) {
  if (!enabled_) return;
  const double now = now_();
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.3fs", now - last_);
  out_ << "time: " << stage << " " << seconds << "\n";
  last_ = now;
}

}  // namespace charterc
