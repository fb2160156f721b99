#include "pdf/browser_process.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <thread>
#include <vector>

#include "pdf/profile_folders.h"

extern char** environ;

namespace charterc {

namespace {

// Named after this process (pdf/profile_folders.h), so a later run can tell
// a killed run's folder from a running one's and remove it.
std::string MakeProfileDir() {
  RemoveOrphanedProfileFolders();
  return MakeProfileFolder();
}

std::vector<std::string> BrowserArguments(const std::string& browser, const std::string& profile_dir) {
  std::vector<std::string> args = {browser,
                                   "--headless",
                                   "--remote-debugging-pipe",
                                   "--user-data-dir=" + profile_dir,
                                   "--no-first-run",
                                   "--no-default-browser-check",
                                   "--disable-extensions",
                                   "--disable-background-networking",
                                   "--disable-component-update",
                                   "--disable-sync",
                                   "--disable-gpu",
                                   "--mute-audio",
                                   "--hide-scrollbars",
                                   // Network off: the print page needs nothing but
                                   // itself, so every request goes to a proxy at the
                                   // discard port of loopback (loopback included:
                                   // "<-loopback>" removes its implicit bypass) and
                                   // no host name resolves. A URL that slipped into a
                                   // stylesheet cannot reach the network or the build
                                   // machine's own servers.
                                   "--proxy-server=http://127.0.0.1:9",
                                   "--proxy-bypass-list=<-loopback>",
                                   "--host-resolver-rules=MAP * ~NOTFOUND",
                                   "--disable-domain-reliability",
                                   "--no-pings"};
  // Chromium refuses to start as root with its sandbox on (containers, CI).
  // It only ever opens pages charterc wrote itself, with scripting disabled.
  if (geteuid() == 0) args.push_back("--no-sandbox");
  args.push_back("about:blank");
  return args;
}

}  // namespace

bool BrowserProcess::Start(const std::string& browser, std::string* error) {
  profile_dir_ = MakeProfileDir();
  if (profile_dir_.empty()) {
    *error = std::string("cannot create a temporary profile folder: ") + std::strerror(errno);
    return false;
  }
  // One socket serves both directions: the browser reads fd 3 and writes
  // fd 4, both the same end. A socket, unlike a pipe, lets us write with
  // MSG_NOSIGNAL, so a browser that died cannot kill charterc with SIGPIPE.
  int ends[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) {
    *error = std::string("cannot create the DevTools pipe: ") + std::strerror(errno);
    return false;
  }
  // Keep the child's end away from 3 and 4 so dup2 always makes a fresh,
  // inheritable descriptor.
  int child_end = fcntl(ends[1], F_DUPFD_CLOEXEC, 10);
  close(ends[1]);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, child_end, 3);
  posix_spawn_file_actions_adddup2(&actions, child_end, 4);
  std::vector<std::string> args = BrowserArguments(browser, profile_dir_);
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  int status = posix_spawn(&pid_, browser.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(child_end);
  if (status != 0) {
    close(ends[0]);
    pid_ = -1;
    *error = "cannot start " + browser + ": " + std::strerror(status);
    return false;
  }
  to_browser_ = from_browser_ = ends[0];
  return true;
}

bool BrowserProcess::Send(const std::string& message) {
  std::string framed = message + '\0';
  size_t sent = 0;
  while (sent < framed.size()) {
    ssize_t n = send(to_browser_, framed.data() + sent, framed.size() - sent, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    sent += static_cast<size_t>(n);
  }
  return true;
}

std::optional<std::string> BrowserProcess::Receive(int timeout_ms, std::string* error) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (true) {
    if (size_t end = pending_.find('\0'); end != std::string::npos) {
      std::string message = pending_.substr(0, end);
      pending_.erase(0, end + 1);
      return message;
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    pollfd readable{from_browser_, POLLIN, 0};
    int ready = left.count() > 0 ? poll(&readable, 1, static_cast<int>(left.count())) : 0;
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0) {
      *error = "the browser did not answer within " + std::to_string(timeout_ms / 1000) + " s";
      return std::nullopt;
    }
    char buffer[1 << 16];
    ssize_t n = ready > 0 ? recv(from_browser_, buffer, sizeof buffer, 0) : -1;
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      *error = "the browser exited unexpectedly";
      return std::nullopt;
    }
    pending_.append(buffer, static_cast<size_t>(n));
  }
}

BrowserProcess::~BrowserProcess() {
  if (to_browser_ >= 0) close(to_browser_);
  if (pid_ > 0) {
    int status = 0;
    for (int waited = 0; waited < 40 && waitpid(pid_, &status, WNOHANG) == 0; ++waited) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (waitpid(pid_, &status, WNOHANG) == 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
    }
  }
  std::error_code ignored;
  if (!profile_dir_.empty()) std::filesystem::remove_all(profile_dir_, ignored);
}

}  // namespace charterc
