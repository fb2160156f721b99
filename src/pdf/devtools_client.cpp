#include "pdf/devtools_client.h"

namespace charterc {

std::optional<nlohmann::json> DevToolsClient::Call(const std::string& method, const nlohmann::json& params,
                                                   const std::string& session_id, std::string* error) {
  int id = next_id_++;
  nlohmann::json command = {{"id", id}, {"method", method}, {"params", params}};
  if (!session_id.empty()) command["sessionId"] = session_id;
  if (!process_.Send(command.dump())) {
    *error = "the browser exited unexpectedly";
    return std::nullopt;
  }
  while (true) {
    std::optional<std::string> message = process_.Receive(kDevToolsTimeoutMs, error);
    if (!message) return std::nullopt;
    // Events (no id) are not needed: charterc sets each page's content
    // directly and prints it, so it never waits for a load event.
    nlohmann::json reply = nlohmann::json::parse(*message, nullptr, /*allow_exceptions=*/false);
    if (reply.is_discarded() || !reply.contains("id") || reply["id"] != id) continue;
    if (reply.contains("error")) {
      *error = method + ": " + reply["error"].value("message", std::string("failed"));
      return std::nullopt;
    }
    return reply.value("result", nlohmann::json::object());
  }
}

}  // namespace charterc
