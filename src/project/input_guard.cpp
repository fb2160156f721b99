#include "project/input_guard.h"

#include <cstdio>

#include "model/image.h"
#include "project/image_type.h"

namespace charterc {

namespace {

constexpr uint64_t kMiB = 1024 * 1024;

bool EndsWith(const std::string& s, const char* suffix) {
  std::string tail(suffix);
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string Size(uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / kMiB);
  return text;
}

// The first folder on `path`'s way that is a link, or "" when none is.
std::string LinkedFolderOf(const FileSystem& fs, const std::string& path) {
  for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1)) {
    std::string prefix = path.substr(0, slash);
    if (!prefix.empty() && fs.Examine(prefix).kind == EntryKind::Symlink) return prefix;
  }
  return "";
}

InputRefusal Outside(const FileSystem& fs, const std::string& path, const std::string& real) {
  std::string link = fs.Examine(path).kind == EntryKind::Symlink ? path : LinkedFolderOf(fs, path);
  std::string message = link.empty() ? "'" + path + "' resolves to '" + real + "', outside the project"
                        : link == path
                            ? "'" + path + "' is a symbolic link to '" + fs.LinkTarget(path) + "', outside the project"
                            : "'" + path + "' lies in '" + link + "', a symbolic link to '" + fs.LinkTarget(link) +
                                  "', outside the project";
  return {DiagCode::E1401, message + "; it was not read",
          "copy the file into the project instead of linking to it (charterc reads nothing outside the project)"};
}

}  // namespace

InputLimit InputLimitFor(const std::string& path) {
  if (EndsWith(path, ".md")) return {"Markdown document", 4 * kMiB};
  if (EndsWith(path, ".yaml") || EndsWith(path, ".yml")) return {"YAML settings file", 1 * kMiB};
  if (EndsWith(path, ".xlf") || EndsWith(path, ".xliff")) return {"XLIFF file", 16 * kMiB};
  if (EndsWith(path, ".po")) return {"PO file", 8 * kMiB};
  if (EndsWith(path, ".csv")) return {"results file", 8 * kMiB};
  if (EndsWith(path, ".json")) return {"JSON file", 16 * kMiB};
  // Images have their own, lower limit (images: max-kib), checked by the
  // image loader with a message of its own; this is the ceiling of it.
  if (TypeOfName(path)) return {"image", kMaxImageBytes};
  return {"theme file", 1 * kMiB};  // page.xhtml, the stylesheets
}

bool InsideFolder(const std::string& real, const std::string& folder_real) {
  if (folder_real == "/") return !real.empty() && real[0] == '/';
  return real.compare(0, folder_real.size(), folder_real) == 0 &&
         (real.size() == folder_real.size() || real[folder_real.size()] == '/');
}

std::optional<InputRefusal> CheckInput(const FileSystem& fs, const std::string& project_real,
                                       const std::string& path) {
  EntryFacts facts = fs.Examine(path);
  if (facts.kind == EntryKind::Missing) return std::nullopt;
  std::string real = fs.RealPath(path);
  if (real.empty()) return std::nullopt;  // a broken link: reading it says so
  if (!project_real.empty() && !InsideFolder(real, project_real)) return Outside(fs, path, real);
  if (facts.kind == EntryKind::Symlink) facts = fs.Examine(real);
  if (facts.kind != EntryKind::File && facts.kind != EntryKind::Directory) {
    return InputRefusal{DiagCode::E1402,
                        "'" + path + "' is a " + EntryKindName(facts.kind) + ", not a file; it was not opened",
                        "replace it with an ordinary file, or remove it from the project"};
  }
  InputLimit limit = InputLimitFor(path);
  if (facts.kind == EntryKind::File && facts.size > limit.max_bytes) {
    return InputRefusal{DiagCode::E1403,
                        "'" + path + "' is " + Size(facts.size) + "; charterc reads a " + limit.kind +
                            " of at most " + Size(limit.max_bytes) + ", so it was not read",
                        "split it into smaller files (see docs/safety.md for the limits)"};
  }
  return std::nullopt;
}

bool AdmitInput(const FileSystem& fs, const std::string& project_root, const std::string& path, DiagnosticSink& sink) {
  std::optional<InputRefusal> refusal = CheckInput(fs, fs.RealPath(project_root.empty() ? "." : project_root), path);
  if (!refusal) return true;
  sink.Report(refusal->code, SourceLocation{path, 0, 0, 0}, refusal->message, refusal->hint);
  return false;
}

}  // namespace charterc
