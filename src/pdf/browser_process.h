#pragma once
// A headless Chromium started for one build and spoken to over its DevTools
// pipe (--remote-debugging-pipe): the browser reads commands on its fd 3 and
// writes replies and events on its fd 4, each message ending with a NUL
// byte. No port is opened, so nothing else on the machine can drive it.

#include <sys/types.h>

#include <optional>
#include <string>

namespace charterc {

class BrowserProcess {
 public:
  BrowserProcess() = default;
  BrowserProcess(const BrowserProcess&) = delete;
  BrowserProcess& operator=(const BrowserProcess&) = delete;
  // Closes the pipe (the browser exits when its pipe closes), waits a
  // moment, then kills it and removes its profile folder.
  ~BrowserProcess();

  // Starts `browser` headless with a fresh profile in a temporary folder.
  bool Start(const std::string& browser, std::string* error);

  // Sends one message; false if the browser has gone.
  bool Send(const std::string& message);

  // The next message, waiting at most `timeout_ms`; nullopt on timeout or
  // when the browser has gone (`error` says which).
  std::optional<std::string> Receive(int timeout_ms, std::string* error);

 private:
  pid_t pid_ = -1;
  int to_browser_ = -1;
  int from_browser_ = -1;
  std::string profile_dir_;
  std::string pending_;  // bytes read past the last complete message
};

}  // namespace charterc
