#pragma once
// The preview's additions to a served HTML page: the script tag of the
// live-reload client and, where the page has a Content-Security-Policy
// <meta>, that policy widened for it (preview_policy.h). Only the bytes
// sent to the browser change; the file in out/ is never touched.

#include <string>
#include <string_view>

#include "serve/preview_policy.h"

namespace charterc {

struct PreviewTag {
  std::string page;  // "en/charter.html": whose diagnostics the overlay shows
  int build = 0;     // the build the page comes from: a newer one reloads it
  bool overlay = true;  // false on pages that list the diagnostics themselves
  PreviewSources sources;
};

// The <script> element, attributes escaped.
std::string PreviewScriptTag(const PreviewTag& tag);

// `html` with the script before its last </body> (at the end when there is
// none) and every CSP <meta> in it widened.
std::string InjectPreview(std::string_view html, const PreviewTag& tag);

}  // namespace charterc
