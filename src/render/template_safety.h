#pragma once
// A theme's page template is part of every page, so it must not bring
// active content either: no script, no frame or plug-in, no <base>, no
// http-equiv meta but a Content-Security-Policy (no refresh, no cookie), no
// on* event handler and no javascript: or vbscript: address. The
// policy would block most of these in a browser, but not a script placed
// before the policy's <meta>, and not every place a page is embedded
// keeps the policy.

#include <cstddef>
#include <optional>
#include <string>

#include <pugixml.hpp>

namespace charterc {

struct TemplateProblem {
  std::string message;
  size_t offset = 0;  // byte offset in the template, for the diagnostic
};

// The first piece of active content in the parsed template, if any.
std::optional<TemplateProblem> FindActiveContent(const pugi::xml_document& page);

}  // namespace charterc
