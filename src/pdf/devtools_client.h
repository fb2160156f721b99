#pragma once
// Chrome DevTools Protocol over a BrowserProcess: numbered commands whose
// replies are matched by id; events are skipped.
// Commands for a page carry the session id from Target.attachToTarget
// (flat sessions), so one pipe serves the browser and all its tabs.
//
// Several threads may call at once (each printing in its own tab): one of
// the waiting callers reads the pipe at a time and hands each reply to the
// caller whose id it carries.

#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "pdf/browser_process.h"

namespace charterc {

class DevToolsClient {
 public:
  explicit DevToolsClient(BrowserProcess& process) : process_(process) {}

  // Sends `method` and waits for its reply; the result object, or nullopt
  // with `error` (the protocol's own message when the browser refused).
  std::optional<nlohmann::json> Call(const std::string& method, const nlohmann::json& params,
                                     const std::string& session_id, std::string* error);

 private:
  // Reads one message (the lock released meanwhile) and files it under its
  // id; false, with `broken_` set, when the browser has gone or timed out.
  bool ReadOne(std::unique_lock<std::mutex>& lock);

  BrowserProcess& process_;
  std::mutex mutex_;
  std::condition_variable replied_;
  int next_id_ = 1;
  bool reading_ = false;                  // a caller is reading the pipe
  std::map<int, nlohmann::json> replies_;  // read, not yet taken by their caller
  std::optional<std::string> broken_;      // why the pipe can no longer be used
};

// How long one command may take: printing a long document is the slowest.
constexpr int kDevToolsTimeoutMs = 60000;

}  // namespace charterc
