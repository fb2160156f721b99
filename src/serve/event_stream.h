#pragma once
// /_charterc/events: a Server-Sent Events stream that sends the current
// build at once, then one "build" event after every build, and a comment
// every few seconds so a closed tab is noticed. It ends when the feed
// closes (the server stops).

#include "serve/build_feed.h"

namespace httplib {
struct Response;
}

namespace charterc {

void StreamBuildEvents(const BuildFeed& feed, httplib::Response& response);

// One "build" event: `event: build` and `data: {"build", "errors", "warnings"}`.
std::string BuildEvent(const BuildResult& build);

}  // namespace charterc
