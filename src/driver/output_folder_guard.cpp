#include "driver/output_folder_guard.h"

#include <vector>

#include "output/build_state.h"
#include "project/input_guard.h"

namespace charterc {

namespace {

void Refuse(DiagnosticSink& sink, DiagCode code, const std::string& out, const std::string& message,
            const std::string& hint) {
  sink.Report(code, SourceLocation{out, 0, 0, 0}, message, hint);
}

// Appends `part` to a resolved path, reading "." and ".." as a path does.
void Append(std::string* resolved, const std::string& part) {
  if (part.empty() || part == ".") return;
  if (part == "..") {
    size_t slash = resolved->rfind('/');
    *resolved = slash == 0 || slash == std::string::npos ? "/" : resolved->substr(0, slash);
    return;
  }
  if (resolved->empty() || resolved->back() != '/') *resolved += '/';
  *resolved += part;
}

bool IsEmptyFolder(const FileSystem& fs, const std::string& dir) {
  return fs.ListFiles(dir).empty() && fs.ListDirectories(dir).empty();
}

}  // namespace

bool OwnsOutputFolder(const FileSystem& fs, const std::string& out) {
  return fs.Examine(JoinPath(out, OwnerMarkerPath())).kind == EntryKind::File ||
         fs.Examine(JoinPath(out, BuildStatePath())).kind == EntryKind::File;
}

namespace {

// The output folder may not be, lie in or contain what the build reads.
bool CheckOverlap(const FileSystem& fs, const PipelineOptions& options, const std::string& out,
                  DiagnosticSink& sink) {
  const std::string out_real = ResolvedPath(fs, out);
  const std::string project_real = fs.RealPath(options.project_dir);
  const std::string charters_real = ResolvedPath(fs, JoinPath(options.project_dir, "charters"));
  if (out_real.empty() || project_real.empty()) return true;
  std::string what;
  if (out_real == project_real) what = "is the project folder";
  else if (InsideFolder(out_real, charters_real)) what = out_real == charters_real ? "is charters/" : "lies inside charters/";
  else if (InsideFolder(project_real, out_real)) what = "holds the project folder";
  if (what.empty()) return true;
  Refuse(sink, DiagCode::E1406, out, "the output folder " + what + "; charterc would publish or delete its own sources",
         "choose a folder of its own with -o, e.g. the default out/ inside the project");
  return false;
}

}  // namespace

std::string OwnerMarkerPath() { return ".charterc/owner"; }

std::string ResolvedPath(const FileSystem& fs, const std::string& path) {
  // Split off the last parts while they do not exist yet; resolve the rest.
  std::vector<std::string> missing;
  std::string existing = path.empty() ? "." : path;
  while (existing.size() > 1 && existing.back() == '/') existing.pop_back();
  std::string real;
  while ((real = fs.RealPath(existing)).empty()) {
    if (existing == "." || existing == "/") return "";
    size_t slash = existing.find_last_of('/');
    missing.push_back(slash == std::string::npos ? existing : existing.substr(slash + 1));
    existing = slash == std::string::npos ? "." : slash == 0 ? "/" : existing.substr(0, slash);
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) Append(&real, *it);
  return real;
}

bool CheckOutputFolder(const FileSystem& fs, const PipelineOptions& options, DiagnosticSink& sink) {
  const std::string out = OutputFolder(options);
  EntryFacts facts = fs.Examine(out);
  // A project may hold a link named out (committed, or unpacked from an
  // archive): a plain `charterc build` would then write, and remove stale
  // pages, wherever it leads. A linked folder is written to only when the
  // user names it with -o.
  if (facts.kind == EntryKind::Symlink && options.out_dir.empty()) {
    Refuse(sink, DiagCode::E1408, out,
           "the project's output folder is a symbolic link (to '" + fs.LinkTarget(out) +
               "'); charterc writes through a link only to a folder named with -o",
           "remove the link, or name the folder it leads to with -o");
    return false;
  }
  if (facts.kind == EntryKind::Symlink && !fs.RealPath(out).empty()) facts = fs.Examine(fs.RealPath(out));
  if (facts.kind != EntryKind::Missing && facts.kind != EntryKind::Directory && facts.kind != EntryKind::Symlink) {
    Refuse(sink, DiagCode::E1409, out, "the output folder is a " + std::string(EntryKindName(facts.kind)) + ", not a folder",
           "choose another folder with -o, or move the file away");
    return false;
  }
  if (facts.kind == EntryKind::Symlink) {  // a link that leads nowhere
    Refuse(sink, DiagCode::E1408, out, "the output folder is a symbolic link that leads nowhere",
           "remove the link, or point it at a folder");
    return false;
  }
  if (!CheckOverlap(fs, options, out, sink)) return false;
  if (facts.kind == EntryKind::Missing || options.force || OwnsOutputFolder(fs, out) || IsEmptyFolder(fs, out)) {
    return true;
  }
  Refuse(sink, DiagCode::E1407, out,
         "the output folder holds files charterc did not write (it has no .charterc/ folder); charterc writes only "
         "into an empty folder or one it made",
         "choose an empty or new folder with -o, or add --force to write into this one (files of the same name are "
         "replaced)");
  return false;
}

bool MarkOutputFolder(FileSystem& fs, const std::string& out_dir, DiagnosticSink& sink) {
  const std::string own = JoinPath(out_dir, ".charterc");
  if (fs.Examine(own).kind == EntryKind::Symlink) {
    Refuse(sink, DiagCode::E1408, own, "'" + own + "' is a symbolic link; charterc does not write through links",
           "remove the link; charterc makes the folder itself");
    return false;
  }
  const std::string marker = JoinPath(out_dir, OwnerMarkerPath());
  if (fs.Examine(marker).kind == EntryKind::File) return true;
  std::string error;
  if (fs.WriteFileAtomic(marker, "charterc writes this folder; it removes only the files its build state lists\n",
                         &error)) {
    return true;
  }
  sink.Report(DiagCode::E0801, SourceLocation{marker, 0, 0, 0}, "cannot write output: " + error,
              "check that the output folder is writable, or choose another with -o");
  return false;
}

}  // namespace charterc
