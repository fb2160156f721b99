#pragma once
// What kind of image a file holds, read from its first bytes (its "magic
// number"), never from its name alone: a file named logo.png that holds
// HTML or a program must not be published as a picture.

#include <optional>
#include <string>
#include <string_view>

namespace charterc {

struct ImageType {
  const char* media_type;  // "image/png"
  const char* extension;   // the output file's: "png", "jpg", "gif", "webp", "svg"
};

// The type an image's file name says (".png", ".JPG", ".jpeg", ...), or
// nothing for a name charterc does not publish as an image.
std::optional<ImageType> TypeOfName(const std::string& path);

// The raster type the bytes start like (PNG, JPEG, GIF, WebP), or nothing:
// SVG is text and is recognised by parsing it (project/svg_check.h).
std::optional<ImageType> TypeOfBytes(std::string_view bytes);

}  // namespace charterc
