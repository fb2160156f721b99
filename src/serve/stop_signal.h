#pragma once
// How `charterc serve` learns it should stop: SIGINT (Ctrl-C) or SIGTERM
// read from a signalfd, or a thread of its own asking (the server failed).
// The signals are blocked in the calling thread before any other thread
// starts, so every thread inherits the mask and none is interrupted; they
// arrive only here, as data.

#include <chrono>
#include <optional>
#include <string>

namespace charterc {

// Gives SIGINT and SIGTERM their default action (ending the process). A
// shell starting a background job without job control sets SIGINT to be
// ignored, and an ignored signal reaches no signalfd either: `kill -INT`
// from a script must stop the preview like Ctrl-C in a terminal.
void UseDefaultStopActions();

class StopSignal {
 public:
  // Blocks SIGINT and SIGTERM in the calling thread and opens the fds;
  // call it before starting threads. `error` set when that fails.
  explicit StopSignal(std::string* error);
  ~StopSignal();
  StopSignal(const StopSignal&) = delete;
  StopSignal& operator=(const StopSignal&) = delete;

  // Waits for a signal or Request(), at most `timeout` (forever without);
  // returns the signal's name ("SIGINT"), "request", or nullopt on timeout.
  std::optional<std::string> Wait(std::optional<std::chrono::milliseconds> timeout = std::nullopt);
  // From any thread: makes Wait() return.
  void Request();
  // A readable fd once a stop is requested (for other threads' poll()).
  int request_fd() const { return event_fd_; }
  // Gives SIGINT back its default action, so a second Ctrl-C ends the
  // process at once while the first one's clean shutdown waits for a build.
  void RestoreDefaultInterrupt();

 private:
  int signal_fd_ = -1;
  int event_fd_ = -1;
};

}  // namespace charterc
