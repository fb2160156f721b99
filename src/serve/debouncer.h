#pragma once
// When a burst of file events is over. Editors save in several steps (write
// a temporary file, rename it over the old one, touch a backup), and a
// `git checkout` changes many files at once: one build should follow the
// burst, not one per event. Pure: the caller passes the time in.

#include <chrono>
#include <optional>

namespace charterc {

class Debouncer {
 public:
  using Clock = std::chrono::steady_clock;

  // `quiet`: how long no event must arrive before a build; `longest`: the
  // most a build waits after the first event of a burst that does not end
  // (a script rewriting files in a loop still gets builds).
  Debouncer(Clock::duration quiet, Clock::duration longest) : quiet_(quiet), longest_(longest) {}

  // An event that needs a build arrived at `now`.
  void Note(Clock::time_point now);
  bool Pending() const { return first_.has_value(); }
  // Whether the build is due at `now`.
  bool Due(Clock::time_point now) const;
  // How long to wait from `now` until the build is due; nullopt when no
  // event is pending (wait for the next one, however long).
  std::optional<Clock::duration> TimeLeft(Clock::time_point now) const;
  // A build starts: the events noted so far are handled by it.
  void Clear();

 private:
  Clock::duration quiet_;
  Clock::duration longest_;
  std::optional<Clock::time_point> first_;
  Clock::time_point last_{};
};

}  // namespace charterc
