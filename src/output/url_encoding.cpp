#include "output/url_encoding.h"

#include <string_view>

namespace charterc {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

bool IsAsciiAlnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// RFC 3986's unreserved characters.
bool IsUnreserved(unsigned char c) { return IsAsciiAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~'; }

// The characters a URL may hold as they are (RFC 3986's reserved and
// unreserved characters, and '%' starting an escape the author wrote),
// minus '[' and ']', which only belong in an IPv6 host.
bool IsAllowedInHref(unsigned char c) {
  return IsUnreserved(c) || std::string_view("!#$%&'()*+,/:;=?@").find(static_cast<char>(c)) != std::string_view::npos;
}

template <typename Keep>
std::string Encode(const std::string& text, Keep keep) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (keep(byte)) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0f];
    }
  }
  return out;
}

}  // namespace

std::string EncodeUrlPath(const std::string& path) {
  return Encode(path, [](unsigned char c) { return IsUnreserved(c) || c == '/'; });
}

std::string EncodeUrlFragment(const std::string& id) { return Encode(id, IsUnreserved); }

std::string EncodeAuthorHref(const std::string& url) { return Encode(url, IsAllowedInHref); }

}  // namespace charterc
