#pragma once
// Where the build thread leaves each finished build and the server threads
// pick it up: the latest BuildResult, whether a build is running, and a
// wake-up for the event streams waiting for the next one.

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

#include "serve/build_result.h"

namespace charterc {

class BuildFeed {
 public:
  // Replaces the latest build and wakes every waiting stream.
  void Publish(std::shared_ptr<const BuildResult> build);
  void SetBuilding(bool building);
  // Never null once the first build was published.
  std::shared_ptr<const BuildResult> Latest() const;
  bool Building() const;

  // Waits until a build other than `seen` is the latest, the feed closes or
  // `timeout` passes; returns the latest build (null when closed).
  std::shared_ptr<const BuildResult> WaitForOther(int seen, std::chrono::milliseconds timeout) const;
  // The server is stopping: waiting streams return at once, and for good.
  void Close();
  bool Closed() const;

 private:
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::shared_ptr<const BuildResult> latest_;
  bool building_ = false;
  bool closed_ = false;
};

}  // namespace charterc
