#pragma once
// Links that name a file of the machine instead of a page of the site: a
// relative path that climbs out of the project folder
// ("../../../../etc/passwd") or an absolute path ("/etc/passwd",
// "file:///etc/passwd", "C:\secret"). Either would publish a pointer to
// the author's machine, or to whatever a server holds at that path, so both
// are errors at the link (E1404, E1405). Percent-encoded dots and
// backslashes count as browsers read them ("%2e%2e\" is "../").

#include <optional>
#include <string>

#include "diag/diagnostic.h"

namespace charterc {

struct LinkPathProblem {
  DiagCode code;  // E1404 or E1405
  std::string message;
  std::string hint;
};

// `depth`: how many folders below the project folder the linking file
// lies (1 for charters/<doc>.md). Nothing for a URL with a network scheme
// (https:, mailto:), a protocol-relative "//host/..." or a path that stays
// inside the project.
std::optional<LinkPathProblem> CheckLinkPath(const std::string& url, int depth);

}  // namespace charterc
