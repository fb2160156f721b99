#include "serve/watched_paths.h"

#include <array>

namespace charterc {

namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

constexpr std::array<std::string_view, 4> kFolders = {"charters", "locales", "themes", "data"};

}  // namespace

std::span<const std::string_view> WatchedFolders() { return kFolders; }

bool IsWatchedTopFile(std::string_view name) { return name == "charterc.yaml" || name == "charterc-baseline.json"; }

bool IsScratchFile(std::string_view name) {
  if (name.empty() || EndsWith(name, "~")) return true;  // backups: emacs, gedit, nano
  if (name == "4913") return true;                        // vim checks it may write in the folder
  if (StartsWith(name, ".#") || StartsWith(name, ".~lock.")) return true;  // emacs, LibreOffice locks
  if (name.front() == '#' && EndsWith(name, "#")) return true;             // emacs auto-save
  if (name.front() == '.' && (EndsWith(name, ".swp") || EndsWith(name, ".swo") || EndsWith(name, ".swx"))) {
    return true;  // vim swap files
  }
  if (StartsWith(name, ".goutputstream-") || EndsWith(name, ".kate-swp")) return true;  // GNOME, Kate
  return EndsWith(name, "___jb_tmp___") || EndsWith(name, "___jb_old___");          // JetBrains safe write
}

bool IsSkippedFolder(std::string_view name) { return name.empty() || name.front() == '.'; }

}  // namespace charterc
