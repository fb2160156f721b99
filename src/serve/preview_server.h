#pragma once
// The HTTP side of `charterc serve` (cpp-httplib): the output folder's
// files on 127.0.0.1 only, HTML pages with the preview script added, and
// the preview's endpoints under /_charterc/:
//   live.js                the client (preview_client.h)
//   events                 Server-Sent Events: "build" after every build
//   diagnostics?page=P     the diagnostics of page P, as JSON (page_report.h)
//   status                 {"build", "building", "errors", "warnings", "changed"}
// Only GET and HEAD; nothing is ever written. Requests whose Host is not
// this machine's loopback address are refused (local_host.h).

#include <atomic>
#include <memory>
#include <mutex>
#include <string>

#include "base/file_system.h"
#include "serve/build_feed.h"

namespace httplib {
class Server;
}

namespace charterc {

class PreviewServer {
 public:
  // `fs` reads the served files; `feed` holds the builds. Both must outlive
  // the server.
  PreviewServer(const FileSystem& fs, std::string out_dir, const BuildFeed& feed);
  ~PreviewServer();

  // Binds 127.0.0.1:`port`; 0 picks a free port. False, with `error`, when
  // the port is taken or not allowed.
  bool Bind(int port, std::string* error);
  int port() const { return port_; }
  // Serves until Stop(); false if serving failed. Call from one thread.
  bool Run();
  // From any thread, also before Run started: Run returns (or never starts).
  // Close the feed first, so event streams end.
  void Stop();

 private:
  void Route();

  const FileSystem& fs_;
  std::string out_dir_;
  const BuildFeed& feed_;
  std::unique_ptr<httplib::Server> server_;
  int port_ = 0;
  std::mutex lifecycle_;
  bool stopping_ = false;
  bool started_ = false;
  std::atomic<bool> finished_ = false;
};

}  // namespace charterc
