#pragma once
// What the preview answers to each request (see preview_server.h for the
// list of endpoints); the server only binds, runs and stops.

#include <string>

#include "base/file_system.h"
#include "serve/build_feed.h"

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace charterc {

struct RouteContext {
  const FileSystem& fs;
  std::string out_dir;
  const BuildFeed& feed;
  int port = 0;
};

// Answers `request` completely (status, headers, body or stream).
void Answer(const RouteContext& context, const httplib::Request& request, httplib::Response& response);

}  // namespace charterc
