#include "serve/local_host.h"

namespace charterc {

std::optional<std::string> LocalOrigin(std::string_view host_header, int port) {
  std::string host;
  for (char c : host_header) host += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  const std::string suffix = ":" + std::to_string(port);
  std::string name = host;
  if (host.size() > suffix.size() && host.compare(host.size() - suffix.size(), suffix.size(), suffix) == 0) {
    name = host.substr(0, host.size() - suffix.size());
  } else if (port != 80) {
    return std::nullopt;  // a browser names every port but 80
  }
  if (name != "127.0.0.1" && name != "localhost") return std::nullopt;
  return "http://" + name + suffix;
}

}  // namespace charterc
