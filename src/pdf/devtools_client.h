#pragma once
// Chrome DevTools Protocol over a BrowserProcess: numbered commands whose
// replies are matched by id; events are skipped.
// Commands for a page carry the session id from Target.attachToTarget
// (flat sessions), so one pipe serves the browser and all its tabs.

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
  BrowserProcess& process_;
  int next_id_ = 1;
};

// How long one command may take: printing a long document is the slowest.
constexpr int kDevToolsTimeoutMs = 60000;

}  // namespace charterc
