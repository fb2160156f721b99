#pragma once
// The loader's part of images: every image a document shows is checked
// where it is written, and the files that pass are read into
// Project::images for the build to publish.
//
// - A local image is a file of the project, named relative to the
//   document (charters/images/logo.png is "images/logo.png" from
//   charters/charter.md). A path that leaves the project ("../..", an
//   absolute path, a symbolic link resolving outside) is E1203; a missing
//   file E1202; a file over 10 MiB E1205; a file whose bytes are not PNG,
//   JPEG, GIF, WebP or SVG, or not the type its name says, E1204; an SVG
//   with active content or outside references E1206, one that is not SVG
//   E1207 (project/svg_check.h).
// - A remote image (http:, https:, "//host", data:) is W1208 and shown as
//   its alt text, unless charterc.yaml's images: allow-remote admits it.
// - Any other scheme (file:, javascript:) is E1210.
// Each problem is reported at every image that names the file, in its
// document, so that document keeps its last good outputs.

#include <set>
#include <string>

#include "base/file_system.h"
#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

class ImageLoader {
 public:
  ImageLoader(const FileSystem& fs, std::string root, Project* project, DiagnosticSink& sink)
      : fs_(fs), root_(std::move(root)), project_(project), sink_(sink) {}

  // Checks every image of `doc` (a source or a Markdown translation).
  void Load(const Document& doc);

 private:
  struct Verdict {
    DiagCode code = DiagCode::E1202;
    std::string message;  // empty: the file is usable (in Project::images)
    std::string hint;
  };

  void LoadInlines(const Document& doc, const std::vector<Inline>& inlines);
  void LoadImage(const Document& doc, const Inline& image);
  void CheckRemote(const Inline& image);
  const Verdict& Check(const std::string& path);
  Verdict Read(const std::string& path);
  bool InsideProject(const std::string& file) const;

  const FileSystem& fs_;
  std::string root_;
  Project* project_;
  DiagnosticSink& sink_;
  std::map<std::string, Verdict> verdicts_;  // by project-relative path: each file is read once
  mutable std::string resolved_root_;
};

}  // namespace charterc
