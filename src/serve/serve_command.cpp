// `charterc serve`: build, serve out/ on 127.0.0.1, rebuild on every save,
// reload the open pages; stop cleanly on Ctrl-C or SIGTERM.
//
// Threads: this one waits for the stop signal; one runs the HTTP server
// (which has its own pool of connection threads); one watches the files
// and builds. Builds publish an immutable result through the BuildFeed.

#include <thread>

#include "base/file_system.h"
#include "driver/commands.h"
#include "serve/build_feed.h"
#include "serve/file_watcher.h"
#include "serve/preview_builder.h"
#include "serve/preview_server.h"
#include "serve/rebuild_loop.h"
#include "serve/stop_signal.h"

namespace charterc {

namespace {

int Refuse(Env& env, const std::string& error) {
  env.err << "charterc: error: " << error << "\n";
  return kExitUsage;
}

// Waits for Ctrl-C, SIGTERM or a failed server; the first Ctrl-C lets a
// build under way finish, a second one ends the process at once.
bool WaitForStop(Env& env, StopSignal& stop, const BuildFeed& feed) {
  std::optional<std::string> why = stop.Wait();
  stop.RestoreDefaultInterrupt();
  if (why == "request") return false;
  if (feed.Building()) env.err << "\nstopping after this build (Ctrl-C again to quit at once)\n" << std::flush;
  return true;
}

}  // namespace

int RunServe(Env& env, const PipelineOptions& options, int port) {
  std::string error;
  const std::string out_dir = options.out_dir.empty() ? JoinPath(options.project_dir, "out") : options.out_dir;
  BuildFeed feed;
  PreviewServer server(env.fs, out_dir, feed);
  if (!server.Bind(port, &error)) return Refuse(env, error);
  FileWatcher watcher(options.project_dir, out_dir);
  std::vector<std::string> warnings;
  if (!watcher.Start(&error, &warnings)) return Refuse(env, error);
  for (const std::string& warning : warnings) env.err << "charterc: warning: " << warning << "\n";

  // The first build runs alone, so Ctrl-C during it ends the process as it
  // ends `charterc build`; changes saved meanwhile wait in the watcher.
  UseDefaultStopActions();
  PreviewBuilder builder(env, options);
  feed.Publish(builder.Build({}));
  StopSignal stop(&error);  // before any thread starts: they inherit the blocked signals
  if (!error.empty()) return Refuse(env, "cannot handle signals: " + error);
  env.err << "serving " << out_dir << " at http://127.0.0.1:" << server.port()
          << "/ (rebuilds on save; Ctrl-C stops)\n"
          << std::flush;

  std::thread serving([&] {
    if (!server.Run()) stop.Request();
  });
  RebuildLoop loop(watcher, builder, feed, env.err);
  std::thread building([&] { loop.Run(); });
  bool clean = WaitForStop(env, stop, feed);
  loop.Stop();
  feed.Close();  // event streams end, so their connections let the server stop
  server.Stop();
  serving.join();
  building.join();
  if (!clean) return Refuse(env, "the preview server stopped unexpectedly");
  env.err << "stopped\n";
  return kExitClean;
}

}  // namespace charterc
