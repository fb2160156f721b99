#include "serve/preview_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <chrono>
#include <thread>

#include "serve/preview_routes.h"

namespace charterc {

namespace {

// Each open tab holds one thread with its event stream; the rest serve
// files. cpp-httplib's default (8 on a small machine) would stall the
// ninth tab.
constexpr size_t kThreads = 24;

}  // namespace

PreviewServer::PreviewServer(const FileSystem& fs, std::string out_dir, const BuildFeed& feed)
    : fs_(fs), out_dir_(std::move(out_dir)), feed_(feed), server_(std::make_unique<httplib::Server>()) {
  server_->new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
  server_->set_keep_alive_timeout(2);  // idle connections let a stopping server go soon
  server_->set_payload_max_length(64 * 1024);  // nothing is ever posted
  // cpp-httplib's default also sets SO_REUSEPORT, which lets a second
  // server bind the same port and take half the connections: a second
  // `charterc serve` on a port in use must fail instead. SO_REUSEADDR
  // alone lets a restarted server bind at once.
  server_->set_socket_options([](int socket) {
    int yes = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
}

PreviewServer::~PreviewServer() = default;

bool PreviewServer::Bind(int port, std::string* error) {
  // Loopback only: the preview shows unpublished work and internal notes
  // (evidence, report), and must never be reachable from the network.
  constexpr const char* kHost = "127.0.0.1";
  if (port == 0) {
    port_ = server_->bind_to_any_port(kHost);
  } else if (server_->bind_to_port(kHost, port)) {
    port_ = port;
  }
  if (port_ <= 0) {
    *error = "cannot listen on " + std::string(kHost) + ":" + std::to_string(port) +
             ": the port is in use (or not allowed); choose another with --port N, or --port 0 for any free one";
    return false;
  }
  Route();
  return true;
}

void PreviewServer::Route() {
  RouteContext context{fs_, out_dir_, feed_, port_};
  // Every request is answered here, before cpp-httplib's own routing (its
  // patterns are regular expressions, and it would serve files itself).
  server_->set_pre_routing_handler([context](const httplib::Request& request, httplib::Response& response) {
    Answer(context, request, response);
    return httplib::Server::HandlerResponse::Handled;
  });
}

bool PreviewServer::Run() {
  {
    std::lock_guard lock(lifecycle_);
    if (stopping_) return true;
    started_ = true;
  }
  bool served = server_->listen_after_bind();
  finished_ = true;
  return served;
}

void PreviewServer::Stop() {
  {
    std::lock_guard lock(lifecycle_);
    stopping_ = true;
    if (!started_) return;
  }
  // cpp-httplib's stop() does nothing until its loop is running, and this
  // version cannot wait for that: ask until Run has returned.
  while (!finished_) {
    server_->stop();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

}  // namespace charterc
