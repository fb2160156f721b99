#pragma once
// The build thread of `charterc serve`: waits for changes from the
// watcher, lets a burst of them settle (debouncer.h), builds, and hands the
// build to the server threads through the feed. Files are written
// atomically by the pipeline, so the server never reads half a file while
// a build runs.

#include <ostream>

#include "serve/build_feed.h"
#include "serve/file_watcher.h"
#include "serve/preview_builder.h"

namespace charterc {

class RebuildLoop {
 public:
  RebuildLoop(FileWatcher& watcher, PreviewBuilder& builder, BuildFeed& feed, std::ostream& err);
  ~RebuildLoop();
  RebuildLoop(const RebuildLoop&) = delete;
  RebuildLoop& operator=(const RebuildLoop&) = delete;

  // Runs until Stop(); a build under way is finished first, so no file is
  // left half-written.
  void Run();
  // From any thread.
  void Stop();

 private:
  FileWatcher& watcher_;
  PreviewBuilder& builder_;
  BuildFeed& feed_;
  std::ostream& err_;
  int wake_fd_ = -1;
};

}  // namespace charterc
