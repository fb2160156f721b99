#include "serve/event_stream.h"

#include <httplib.h>

#include <chrono>
#include <memory>

#include <nlohmann/json.hpp>

namespace charterc {

namespace {

// Often enough that a stream to a closed tab ends soon (its write fails),
// rarely enough to cost nothing.
constexpr std::chrono::milliseconds kKeepAlive{10000};

bool Send(httplib::DataSink& sink, const std::string& text) { return sink.write(text.data(), text.size()); }

}  // namespace

std::string BuildEvent(const BuildResult& build) {
  nlohmann::ordered_json data{{"build", build.number}, {"errors", build.errors}, {"warnings", build.warnings}};
  return "event: build\ndata: " + data.dump() + "\n\n";
}

void StreamBuildEvents(const BuildFeed& feed, httplib::Response& response) {
  // The provider is called again and again on the connection's thread;
  // `seen` is the build this stream told the browser about last.
  auto seen = std::make_shared<int>(-1);
  response.set_chunked_content_provider("text/event-stream", [&feed, seen](size_t, httplib::DataSink& sink) {
    if (*seen < 0) {
      *seen = 0;
      return Send(sink, "retry: 1000\n\n");  // reconnect quickly once the server is back
    }
    std::shared_ptr<const BuildResult> build = feed.WaitForOther(*seen, kKeepAlive);  // at once for a new stream
    if (feed.Closed()) {
      sink.done();
      return true;
    }
    if (!build || build->number == *seen) return Send(sink, ": still here\n\n");
    *seen = build->number;
    return Send(sink, BuildEvent(*build));
  });
}

}  // namespace charterc
