#include "model/image.h"

#include <cctype>

#include "model/link_policy.h"

namespace charterc {

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// "%20" -> " "; a '%' not followed by two hex digits stays as it is.
std::string PercentDecoded(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 && HexValue(text[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2]));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

ImageAddressKind ClassifyImageAddress(const std::string& address) {
  if (address.rfind("//", 0) == 0) return ImageAddressKind::Remote;  // protocol-relative: still the web
  std::string scheme = LinkScheme(address);
  if (scheme.empty()) return ImageAddressKind::Local;
  if (scheme == "http" || scheme == "https" || scheme == "data") return ImageAddressKind::Remote;
  return ImageAddressKind::Unusable;
}

std::optional<std::string> LocalImagePath(const std::string& document_path, const std::string& address) {
  std::string path = PercentDecoded(address.substr(0, address.find_first_of("?#")));
  // "/logo.png" or "\logo.png" names the root of some server or disk, not the project.
  if (path.empty() || path[0] == '/' || path[0] == '\\' || path.find('\0') != std::string::npos) return std::nullopt;
  size_t slash = document_path.rfind('/');
  std::string joined = slash == std::string::npos ? path : document_path.substr(0, slash + 1) + path;
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t end = joined.find_first_of("/\\", start);
    if (end == std::string::npos) end = joined.size();
    std::string part = joined.substr(start, end - start);
    start = end + 1;
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (parts.empty()) return std::nullopt;  // above the project folder
      parts.pop_back();
      continue;
    }
    parts.push_back(part);
  }
  if (parts.empty()) return std::nullopt;
  std::string result;
  for (const std::string& part : parts) result += (result.empty() ? "" : "/") + part;
  return result;
}

bool RemoteImageAllowed(const std::string& address, const std::vector<std::string>& prefixes) {
  for (const std::string& prefix : prefixes) {
    if (!prefix.empty() && address.compare(0, prefix.size(), prefix) == 0) return true;
  }
  return false;
}

}  // namespace charterc
