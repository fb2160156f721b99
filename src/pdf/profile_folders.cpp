#include "pdf/profile_folders.h"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>

namespace charterc {

namespace {

constexpr std::string_view kPrefix = "charterc-browser-";

// Earlier builds of charterc named their folders "charterc-browser-XXXXXX" (mkdtemp's
// six characters, no pid), so whether their owner still runs is unknown.
// A PDF build takes minutes; one of those folders untouched for a day is
// left over from a killed run.
constexpr auto kOldStyleAge = std::chrono::hours(24);

bool OldStyleName(const std::string& name) {
  return name.size() == kPrefix.size() + 6 && name.compare(0, kPrefix.size(), kPrefix) == 0 &&
         name.find('-', kPrefix.size()) == std::string::npos;
}

}  // namespace

std::string MakeProfileFolder() {
  std::error_code ec;
  std::filesystem::path base = std::filesystem::temp_directory_path(ec);
  if (ec) return "";
  std::string pattern = (base / (std::string(kPrefix) + std::to_string(::getpid()) + "-XXXXXX")).string();
  return mkdtemp(pattern.data()) != nullptr ? pattern : "";
}

long ProfileFolderOwner(const std::string& name) {
  if (name.compare(0, kPrefix.size(), kPrefix) != 0) return -1;
  size_t digits = kPrefix.size(), dash = name.find('-', digits);
  if (dash == std::string::npos || dash == digits || dash - digits > 9) return -1;
  long pid = 0;
  for (size_t i = digits; i < dash; ++i) {
    if (name[i] < '0' || name[i] > '9') return -1;
    pid = pid * 10 + (name[i] - '0');
  }
  return pid > 0 ? pid : -1;
}

int RemoveOrphanedProfileFolders(const std::string& temp_dir, std::filesystem::file_time_type now) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path base = temp_dir.empty() ? fs::temp_directory_path(ec) : fs::path(temp_dir);
  if (ec) return 0;
  int removed = 0;
  for (fs::directory_iterator it(base, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    const long owner = ProfileFolderOwner(name);
    const bool old_style = OldStyleName(name);
    if ((owner < 0 && !old_style) || owner == ::getpid()) continue;
    // Only a real folder of this user (not a link planted in /tmp), and only
    // when its owner is gone: a running charterc's browser keeps its own.
    struct stat facts {};
    if (::lstat(it->path().c_str(), &facts) != 0 || !S_ISDIR(facts.st_mode) || facts.st_uid != ::geteuid()) continue;
    if (old_style) {
      std::error_code unknown;
      const fs::file_time_type changed = fs::last_write_time(it->path(), unknown);
      if (unknown || now - changed < kOldStyleAge) continue;
    } else if (::kill(static_cast<pid_t>(owner), 0) == 0 || errno != ESRCH) {
      continue;
    }
    std::error_code ignored;
    if (fs::remove_all(it->path(), ignored) > 0) ++removed;
  }
  return removed;
}

}  // namespace charterc
