#include "serve/rebuild_loop.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "serve/debouncer.h"

namespace charterc {

namespace {

// Long enough to cover an editor's write-rename-touch, short enough that
// the page seems to follow the save.
constexpr std::chrono::milliseconds kQuiet{150};
constexpr std::chrono::milliseconds kLongest{1000};

void Announce(const std::vector<std::string>& changed, std::ostream& err) {
  err << "\nchanged: " << changed.front();
  if (changed.size() > 1) err << " and " << changed.size() - 1 << " more";
  err << "; rebuilding\n" << std::flush;
}

}  // namespace

RebuildLoop::RebuildLoop(FileWatcher& watcher, PreviewBuilder& builder, BuildFeed& feed, std::ostream& err)
    : watcher_(watcher), builder_(builder), feed_(feed), err_(err), wake_fd_(eventfd(0, EFD_CLOEXEC)) {}

RebuildLoop::~RebuildLoop() {
  if (wake_fd_ >= 0) close(wake_fd_);
}

void RebuildLoop::Stop() {
  uint64_t one = 1;
  [[maybe_unused]] ssize_t written = write(wake_fd_, &one, sizeof one);
}

void RebuildLoop::Run() {
  Debouncer debouncer(kQuiet, kLongest);
  std::vector<std::string> changed;
  std::vector<std::string> warnings;
  for (;;) {
    auto now = Debouncer::Clock::now();
    std::optional<Debouncer::Clock::duration> left = debouncer.TimeLeft(now);
    int timeout = left ? static_cast<int>(std::chrono::ceil<std::chrono::milliseconds>(*left).count()) : -1;
    pollfd fds[2] = {{wake_fd_, POLLIN, 0}, {watcher_.fd(), POLLIN, 0}};
    if (poll(fds, 2, timeout) < 0 && errno != EINTR) {
      err_ << "charterc: error: cannot wait for file changes: " << std::strerror(errno)
           << "; the preview no longer rebuilds (restart it)\n";
      return;
    }
    if (fds[0].revents & POLLIN) return;
    if (fds[1].revents & POLLIN) {
      std::vector<std::string> changes = watcher_.ReadChanges(&warnings);
      for (const std::string& warning : warnings) err_ << "charterc: warning: " << warning << "\n";
      warnings.clear();
      if (!changes.empty()) debouncer.Note(Debouncer::Clock::now());
      for (const std::string& path : changes) {
        if (std::find(changed.begin(), changed.end(), path) == changed.end()) changed.push_back(path);
      }
    }
    if (!debouncer.Due(Debouncer::Clock::now())) continue;
    debouncer.Clear();
    changed = watcher_.Settle(std::move(changed));
    if (changed.empty()) continue;  // only temporary files came and went
    Announce(changed, err_);
    feed_.SetBuilding(true);
    feed_.Publish(builder_.Build(changed));
    feed_.SetBuilding(false);
    changed.clear();
  }
}

}  // namespace charterc
