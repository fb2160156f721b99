#pragma once
// A page's Content-Security-Policy, widened just enough for the preview
// script: the script file itself and the preview's own endpoints, nothing
// else. Everything the policy forbade (inline script, event handlers, other
// origins) stays forbidden, and the file in out/ keeps its policy as it is.

#include <string>
#include <string_view>

namespace charterc {

struct PreviewSources {
  std::string origin;  // "http://127.0.0.1:8000", as the browser addressed the server
  std::string nonce;   // carried by the injected script tag
};

// Adds to the directive that governs <script src> (script-src-elem, else
// script-src, else a new script-src copied from default-src) the script's
// URL, or its nonce where 'strict-dynamic' makes URLs ignored (a nonce is
// not added otherwise: it would switch off an 'unsafe-inline' the page
// relies on); and to connect-src (or a copy of default-src) the preview's
// endpoints. 'none' is dropped from a list that gains a source. A policy
// with neither directive is returned unchanged: it already allows both.
std::string AllowPreview(std::string_view policy, const PreviewSources& sources);

}  // namespace charterc
