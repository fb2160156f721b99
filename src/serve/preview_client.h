#pragma once
// The script the preview adds to every page it serves (/_charterc/live.js):
// it reloads the page when a build finishes and shows that page's
// diagnostics in a panel. It is never written to out/.

#include <string_view>

namespace charterc {

std::string_view PreviewClientScript();

}  // namespace charterc
