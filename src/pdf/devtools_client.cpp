#include "pdf/devtools_client.h"

namespace charterc {

bool DevToolsClient::ReadOne(std::unique_lock<std::mutex>& lock) {
  reading_ = true;
  lock.unlock();
  std::string error;
  std::optional<std::string> message = process_.Receive(kDevToolsTimeoutMs, &error);
  lock.lock();
  reading_ = false;
  replied_.notify_all();  // a reply arrived, or another caller must read now
  if (!message) {
    broken_ = error;
    return false;
  }
  // Events (no id) are not needed: charterc sets each page's content
  // directly and prints it, so it never waits for a load event.
  nlohmann::json reply = nlohmann::json::parse(*message, nullptr, /*allow_exceptions=*/false);
  if (reply.is_discarded() || !reply.contains("id") || !reply["id"].is_number_integer()) return true;
  const int id = reply["id"].get<int>();  // before the move below empties `reply`
  replies_[id] = std::move(reply);
  return true;
}

std::optional<nlohmann::json> DevToolsClient::Call(const std::string& method, const nlohmann::json& params,
                                                   const std::string& session_id, std::string* error) {
  std::unique_lock<std::mutex> lock(mutex_);
  if (broken_) {
    *error = *broken_;
    return std::nullopt;
  }
  int id = next_id_++;
  nlohmann::json command = {{"id", id}, {"method", method}, {"params", params}};
  if (!session_id.empty()) command["sessionId"] = session_id;
  // Sent under the lock: messages on the pipe must not interleave.
  if (!process_.Send(command.dump())) {
    broken_ = "the browser exited unexpectedly";
    *error = *broken_;
    return std::nullopt;
  }
  while (!replies_.count(id)) {
    if (broken_) {
      *error = *broken_;
      return std::nullopt;
    }
    if (reading_) {
      replied_.wait(lock);
    } else if (!ReadOne(lock)) {
      *error = *broken_;
      return std::nullopt;
    }
  }
  nlohmann::json reply = std::move(replies_.at(id));
  replies_.erase(id);
  if (reply.contains("error")) {
    *error = method + ": " + reply["error"].value("message", std::string("failed"));
    return std::nullopt;
  }
  return reply.value("result", nlohmann::json::object());
}

}  // namespace charterc
