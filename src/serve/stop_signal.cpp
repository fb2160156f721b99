#include "serve/stop_signal.h"

#include <poll.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace charterc {

namespace {

sigset_t StopSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

}  // namespace

void UseDefaultStopActions() {
  struct sigaction action {};
  action.sa_handler = SIG_DFL;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

StopSignal::StopSignal(std::string* error) {
  sigset_t set = StopSignals();
  if (int failed = pthread_sigmask(SIG_BLOCK, &set, nullptr); failed != 0) {
    *error = std::strerror(failed);
    return;
  }
  // Blocked first, so the default action can never run before the
  // signalfd reads the signal.
  UseDefaultStopActions();
  signal_fd_ = signalfd(-1, &set, SFD_CLOEXEC);
  event_fd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (signal_fd_ < 0 || event_fd_ < 0) *error = std::strerror(errno);
}

StopSignal::~StopSignal() {
  if (signal_fd_ >= 0) close(signal_fd_);
  if (event_fd_ >= 0) close(event_fd_);
}

std::optional<std::string> StopSignal::Wait(std::optional<std::chrono::milliseconds> timeout) {
  pollfd fds[2] = {{signal_fd_, POLLIN, 0}, {event_fd_, POLLIN, 0}};
  int wait_ms = timeout ? static_cast<int>(timeout->count()) : -1;
  int ready = 0;
  do {
    ready = poll(fds, 2, wait_ms);
  } while (ready < 0 && errno == EINTR);
  if (ready <= 0) return std::nullopt;
  if (fds[0].revents & POLLIN) {
    signalfd_siginfo info{};
    if (read(signal_fd_, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
      return info.ssi_signo == SIGTERM ? "SIGTERM" : "SIGINT";
    }
  }
  return "request";
}

void StopSignal::Request() {
  uint64_t one = 1;
  // The eventfd counts: a write can only fail if it overflowed, which means
  // a stop is already pending.
  [[maybe_unused]] ssize_t written = write(event_fd_, &one, sizeof one);
}

void StopSignal::RestoreDefaultInterrupt() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
}

}  // namespace charterc
