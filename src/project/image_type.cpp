#include "project/image_type.h"

#include <cctype>

namespace charterc {

namespace {

constexpr ImageType kPng{"image/png", "png"};
constexpr ImageType kJpeg{"image/jpeg", "jpg"};
constexpr ImageType kGif{"image/gif", "gif"};
constexpr ImageType kWebp{"image/webp", "webp"};
constexpr ImageType kSvg{"image/svg+xml", "svg"};

bool StartsWith(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

}  // namespace

std::optional<ImageType> TypeOfName(const std::string& path) {
  size_t dot = path.rfind('.');
  if (dot == std::string::npos || path.find('/', dot) != std::string::npos) return std::nullopt;
  std::string extension;
  for (char c : path.substr(dot + 1)) extension += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension == "png") return kPng;
  if (extension == "jpg" || extension == "jpeg") return kJpeg;
  if (extension == "gif") return kGif;
  if (extension == "webp") return kWebp;
  if (extension == "svg") return kSvg;
  return std::nullopt;
}

std::optional<ImageType> TypeOfBytes(std::string_view bytes) {
  if (StartsWith(bytes, "\x89PNG\r\n\x1a\n")) return kPng;
  if (StartsWith(bytes, "\xff\xd8\xff")) return kJpeg;
  if (StartsWith(bytes, "GIF87a") || StartsWith(bytes, "GIF89a")) return kGif;
  if (bytes.size() >= 12 && StartsWith(bytes, "RIFF") && bytes.substr(8, 4) == "WEBP") return kWebp;
  return std::nullopt;
}

}  // namespace charterc
