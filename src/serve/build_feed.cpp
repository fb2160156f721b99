#include "serve/build_feed.h"

namespace charterc {

void BuildFeed::Publish(std::shared_ptr<const BuildResult> build) {
  {
    std::lock_guard lock(mutex_);
    latest_ = std::move(build);
  }
  changed_.notify_all();
}

void BuildFeed::SetBuilding(bool building) {
  std::lock_guard lock(mutex_);
  building_ = building;
}

std::shared_ptr<const BuildResult> BuildFeed::Latest() const {
  std::lock_guard lock(mutex_);
  return latest_;
}

bool BuildFeed::Building() const {
  std::lock_guard lock(mutex_);
  return building_;
}

std::shared_ptr<const BuildResult> BuildFeed::WaitForOther(int seen, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return closed_ || (latest_ && latest_->number != seen); });
  return closed_ ? nullptr : latest_;
}

void BuildFeed::Close() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  changed_.notify_all();
}

bool BuildFeed::Closed() const {
  std::lock_guard lock(mutex_);
  return closed_;
}

}  // namespace charterc
