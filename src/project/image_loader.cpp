#include "project/image_loader.h"

#include "base/content_hash.h"
#include "output/output_layout.h"
#include "project/image_type.h"
#include "project/svg_check.h"

namespace charterc {

namespace {

// Rounded up, so a file just over the limit never reads as equal to it.
std::string Kib(size_t bytes) { return std::to_string((bytes + 1023) / 1024) + " KiB"; }

}  // namespace

void ImageLoader::Load(const Document& doc) {
  for (const Block& block : doc.blocks) {
    LoadInlines(doc, block.inlines);
    // Lists, quotes and tables hold blocks of their own.
    std::vector<const Block*> pending;
    for (const Block& child : block.children) pending.push_back(&child);
    while (!pending.empty()) {
      const Block* next = pending.back();
      pending.pop_back();
      LoadInlines(doc, next->inlines);
      for (const Block& child : next->children) pending.push_back(&child);
    }
  }
}

void ImageLoader::LoadInlines(const Document& doc, const std::vector<Inline>& inlines) {
  for (const Inline& node : inlines) {
    if (node.kind == InlineKind::Image) LoadImage(doc, node);
    LoadInlines(doc, node.children);
  }
}

void ImageLoader::LoadImage(const Document& doc, const Inline& image) {
  switch (ClassifyImageAddress(image.text)) {
    case ImageAddressKind::Remote: return CheckRemote(image);
    case ImageAddressKind::Unusable:
      sink_.Report(DiagCode::E1210, image.location, "image '" + image.text + "' is not a file of the project or an address on the web",
                   "write the path of an image file relative to the document, e.g. ![Library logo](images/logo.png)");
      return;
    case ImageAddressKind::Local: break;
  }
  std::optional<std::string> path = LocalImagePath(ProjectRelativePath(root_, doc.path), image.text);
  if (!path) {
    sink_.Report(DiagCode::E1203, image.location, "image '" + image.text + "' is outside the project folder",
                 "put the image in the project, e.g. charters/images/, and name it relative to the document: "
                 "![...](images/logo.png)");
    return;
  }
  const Verdict& verdict = Check(*path);
  if (!verdict.message.empty()) sink_.Report(verdict.code, image.location, verdict.message, verdict.hint);
}

// Every reader's browser would fetch a remote image, telling its server who
// reads the page and when: only addresses the project allows are shown.
void ImageLoader::CheckRemote(const Inline& image) {
  if (image.text.rfind("data:", 0) != 0 && RemoteImageAllowed(image.text, project_->config.remote_images)) return;
  std::string shown = image.text.size() > 80 ? image.text.substr(0, 77) + "..." : image.text;
  sink_.Report(DiagCode::W1208, image.location,
               "image '" + shown + "' is not a file of the project and was not published; its alt text is shown instead",
               image.text.rfind("data:", 0) == 0
                   ? "save the image as a file, e.g. charters/images/map.png, and write ![...](images/map.png)"
                   : "save a copy in charters/images/ and write ![...](images/name.png), or allow its server in "
                     "charterc.yaml: images: {allow-remote: [\"https://host/folder/\"]}");
}

const ImageLoader::Verdict& ImageLoader::Check(const std::string& path) {
  auto it = verdicts_.find(path);
  if (it == verdicts_.end()) it = verdicts_.emplace(path, Read(path)).first;
  return it->second;
}

bool ImageLoader::InsideProject(const std::string& file) const {
  if (resolved_root_.empty()) resolved_root_ = fs_.RealPath(root_.empty() ? "." : root_);
  std::string resolved = fs_.RealPath(file);
  if (resolved.empty() || resolved_root_.empty()) return false;
  std::string prefix = resolved_root_.back() == '/' ? resolved_root_ : resolved_root_ + "/";
  return resolved.compare(0, prefix.size(), prefix) == 0;
}

ImageLoader::Verdict ImageLoader::Read(const std::string& path) {
  const std::string file = JoinPath(root_, path);
  project_->image_paths.insert(file);
  if (!fs_.IsFile(file)) {
    return {DiagCode::E1202, "image file " + path + " does not exist",
            "check the name and folder; a path is read from the document's folder, e.g. images/logo.png is "
            "charters/images/logo.png"};
  }
  if (!InsideProject(file)) {
    return {DiagCode::E1203, "image file " + path + " is a link to a file outside the project folder",
            "copy the image into the project instead of linking to it"};
  }
  std::optional<ImageType> named = TypeOfName(path);
  if (!named) {
    return {DiagCode::E1204, "image file " + path + " is not a PNG, JPEG, GIF, WebP or SVG file",
            "save it in one of these formats (PNG for drawings and screenshots, JPEG for photos, SVG for diagrams)"};
  }
  const size_t limit = project_->config.max_image_bytes;
  auto too_big = [&](uint64_t size) -> Verdict {
    return {DiagCode::E1205, "image file " + path + " is " + Kib(size) + ", more than the " + Kib(limit) +
                                 " this project publishes",
            "make it smaller: a width of 1600 pixels is plenty for a page, and JPEG suits photos (the limit is "
            "charterc.yaml's images: max-kib, at most 10240)"};
  };
  // The size is known before reading: a file of gigabytes is refused
  // without being read into memory. (And checked again after reading, in
  // case the file grew in between.)
  EntryFacts facts = fs_.Examine(file);
  if (facts.kind == EntryKind::Symlink) facts = fs_.Examine(fs_.RealPath(file));
  if (facts.size > limit) return too_big(facts.size);
  std::string bytes, error;
  if (!fs_.ReadFile(file, &bytes, &error)) {
    return {DiagCode::E1202, "image file " + path + " cannot be read: " + error, "check that the file is readable"};
  }
  if (bytes.size() > limit) return too_big(bytes.size());
  std::optional<ImageType> actual = TypeOfBytes(bytes);
  const std::string svg = "svg";
  if (named->extension == svg) {
    if (actual) {
      return {DiagCode::E1204, "image file " + path + " is named .svg but holds a " + actual->extension + " image",
              "rename it to ." + std::string(actual->extension)};
    }
    if (std::optional<SvgProblem> problem = CheckSvg(bytes)) {
      return {problem->code, "image file " + path + ": " + problem->message, problem->hint};
    }
    actual = named;
  } else if (!actual || std::string(actual->extension) != named->extension) {
    return {DiagCode::E1204,
            "image file " + path + " is named ." + path.substr(path.rfind('.') + 1) + " but its bytes are " +
                (actual ? "a " + std::string(actual->extension) + " image" : "not an image charterc knows"),
            actual ? "rename it to ." + std::string(actual->extension)
                   : "save it again as PNG, JPEG, GIF, WebP or SVG"};
  }
  ImageFile image;
  image.path = path;
  image.media_type = actual->media_type;
  image.hash = ContentHash(bytes);
  image.output = OutputLayout::Image(path, image.hash, actual->extension);
  image.bytes = std::move(bytes);
  project_->images[path] = std::move(image);
  return {};
}

}  // namespace charterc
