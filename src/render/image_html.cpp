#include "render/image_html.h"

#include <map>

#include <nettle/base64.h>

#include "base/file_system.h"
#include "output/output_layout.h"

namespace charterc {

namespace {

// Addresses are read relative to the source document (translations sit
// beside it or in locales/, but show the source's images).
std::string SourcePath(const Project& project, const Document& doc) {
  const Document* source = project.FindDocument(doc.name);
  return ProjectRelativePath(project.root, source != nullptr ? source->path : doc.path);
}

const ImageFile* FindFile(const Project& project, const Document& doc, const Inline& image) {
  if (ClassifyImageAddress(image.text) != ImageAddressKind::Local) return nullptr;
  std::optional<std::string> path = LocalImagePath(SourcePath(project, doc), image.text);
  if (!path) return nullptr;
  auto it = project.images.find(*path);
  return it == project.images.end() ? nullptr : &it->second;
}

std::string DataAddress(const ImageFile& file) {
  std::string encoded(BASE64_ENCODE_RAW_LENGTH(file.bytes.size()), '\0');
  base64_encode_raw(reinterpret_cast<char*>(encoded.data()), file.bytes.size(),
                    reinterpret_cast<const uint8_t*>(file.bytes.data()));
  return "data:" + file.media_type + ";base64," + encoded;
}

bool InBook(const ImageFile& file) { return file.media_type != "image/webp"; }

void CollectImages(const Project& project, const Document& doc, const std::vector<Inline>& inlines, ImageLinks links,
                   std::map<std::string, const ImageFile*>* found) {
  for (const Inline& node : inlines) {
    if (node.kind == InlineKind::Image) {
      const ImageFile* file = FindFile(project, doc, node);
      if (file != nullptr && (links != ImageLinks::Book || InBook(*file))) (*found)[file->path] = file;
    }
    CollectImages(project, doc, node.children, links, found);
  }
}

void CollectBlocks(const Project& project, const Document& doc, const std::vector<Block>& blocks, ImageLinks links,
                   std::map<std::string, const ImageFile*>* found) {
  for (const Block& block : blocks) {
    CollectImages(project, doc, block.inlines, links, found);
    CollectBlocks(project, doc, block.children, links, found);
  }
}

}  // namespace

const ImageFile* ImageFileOf(const RenderContext& context, const Inline& image) {
  return FindFile(context.project, context.document, image);
}

bool AppendImage(const RenderContext& context, const Inline& image, const std::string& page, pugi::xml_node parent) {
  std::string src;
  if (const ImageFile* file = ImageFileOf(context, image)) {
    switch (context.images) {
      case ImageLinks::Site: src = OutputLayout::Relative(page, file->output); break;
      case ImageLinks::Book:
        if (InBook(*file)) src = BookImagePath(*file);
        break;
      case ImageLinks::Embedded: src = DataAddress(*file); break;
    }
  } else if (context.images == ImageLinks::Site && ClassifyImageAddress(image.text) == ImageAddressKind::Remote &&
             image.text.rfind("data:", 0) != 0 && RemoteImageAllowed(image.text, context.project.config.remote_images)) {
    src = image.text;
  }
  if (src.empty()) return false;
  pugi::xml_node img = parent.append_child("img");
  img.append_attribute("src") = src.c_str();
  if (image.decorative) {
    // alt="" alone makes it presentational to assistive technology; HTML
    // forbids a role attribute beside an empty alt.
    img.append_attribute("alt") = "";
  } else {
    img.append_attribute("alt") = PlainText(image.children, [&](const std::string& name) {
                                    return FormattedFact(context, name);
                                  }).c_str();
  }
  if (!image.title.empty()) img.append_attribute("title") = image.title.c_str();
  // Remote servers learn nothing about the page the image is on.
  if (src == image.text) img.append_attribute("referrerpolicy") = "no-referrer";
  // A page on the web loads images as they scroll into view; a printed
  // page needs them all at once.
  if (context.images == ImageLinks::Site) img.append_attribute("loading") = "lazy";
  return true;
}

std::vector<const ImageFile*> ImagesShownIn(const Project& project, const Document& doc, ImageLinks links) {
  std::map<std::string, const ImageFile*> found;
  CollectBlocks(project, doc, doc.blocks, links, &found);
  std::vector<const ImageFile*> files;
  for (const auto& [path, file] : found) files.push_back(file);
  return files;
}

std::string BookImagePath(const ImageFile& file) { return file.output; }

}  // namespace charterc
