#pragma once
// The Host header a preview request must carry. The server listens on
// 127.0.0.1 only, but a web page elsewhere can still point a name it owns
// at 127.0.0.1 (DNS rebinding) and read the preview as its own origin; a
// request naming any host but this machine's loopback is refused.

#include <optional>
#include <string>
#include <string_view>

namespace charterc {

// "http://127.0.0.1:8000" for a Host header "127.0.0.1:8000" or
// "localhost:8000" (any case) when `port` is 8000; nullopt for any other
// host or port. The origin is what the page's scripts and policy use.
std::optional<std::string> LocalOrigin(std::string_view host_header, int port);

}  // namespace charterc
