#include "driver/progress.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace charterc {

namespace {

// Carriage return to column 1, then the line, then "erase to the end of the
// line" so a shorter line leaves nothing of the longer one before it.
constexpr const char* kEraseToEnd = "\x1b[K";
constexpr int kDefaultColumns = 80;

}  // namespace

Progress::Progress(std::ostream& out, bool enabled, std::function<double()> now, int columns)
    : out_(out), enabled_(enabled), now_(std::move(now)), columns_(columns > 0 ? columns : kDefaultColumns) {}

void Progress::Start(int total) {
  std::lock_guard lock(mutex_);
  total_ = total;
  done_ = 0;
  current_.clear();
  if (enabled_) started_at_ = now_();
}

void Progress::JobStarted(std::string_view label) {
  std::lock_guard lock(mutex_);
  current_ = label;
  Draw();
}

void Progress::JobFinished() {
  std::lock_guard lock(mutex_);
  ++done_;
  Draw();
}

void Progress::Finish() {
  std::lock_guard lock(mutex_);
  if (!drawn_) return;
  out_ << "\r" << kEraseToEnd << std::flush;
  drawn_ = false;
}

void Progress::Draw() {
  if (!enabled_) return;
  std::string prefix = "[" + std::to_string(done_) + "/" + std::to_string(total_) + "] ";
  std::string suffix = " (" + FormatElapsed(now_() - started_at_) + ")";
  // One column spare: writing the last column makes some terminals wrap.
  int room = columns_ - 1 - static_cast<int>(prefix.size() + suffix.size());
  std::string line = prefix;
  if (room >= 4) line += ElideMiddle(current_, room) + suffix;
  out_ << "\r" << line << kEraseToEnd << std::flush;
  drawn_ = true;
}

std::string FormatElapsed(double seconds) {
  if (seconds < 0) seconds = 0;
  char text[32];
  if (seconds < 60) {
    std::snprintf(text, sizeof text, "%.1fs", seconds);
  } else {
    int whole = static_cast<int>(seconds);
    std::snprintf(text, sizeof text, "%dm%02ds", whole / 60, whole % 60);
  }
  return text;
}

std::string ElideMiddle(std::string_view text, int width) {
  std::vector<size_t> starts;  // byte offset of each code point
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  const int length = static_cast<int>(starts.size());
  if (length <= width) return std::string(text);
  if (width <= 3) return std::string(static_cast<size_t>(std::max(width, 0)), '.');
  const int kept = width - 3;
  const int head = kept / 2 + kept % 2;
  const int tail = kept / 2;
  std::string result(text.substr(0, starts[head]));
  result += "...";
  if (tail > 0) result += text.substr(starts[length - tail]);
  return result;
}

double SteadySeconds() {
  using Seconds = std::chrono::duration<double>;
  return std::chrono::duration_cast<Seconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace charterc
