#include "serve/debouncer.h"

#include <algorithm>

namespace charterc {

void Debouncer::Note(Clock::time_point now) {
  if (!first_) first_ = now;
  last_ = now;
}

bool Debouncer::Due(Clock::time_point now) const {
  std::optional<Clock::duration> left = TimeLeft(now);
  return left && *left <= Clock::duration::zero();
}

std::optional<Debouncer::Clock::duration> Debouncer::TimeLeft(Clock::time_point now) const {
  if (!first_) return std::nullopt;
  Clock::time_point due = std::min(last_ + quiet_, *first_ + longest_);
  return std::max(due - now, Clock::duration::zero());
}

void Debouncer::Clear() { first_.reset(); }

}  // namespace charterc
