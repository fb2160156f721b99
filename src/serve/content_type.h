#pragma once
// The Content-Type a served file is sent with, from its name: the pages,
// styles, books and data charterc writes, and what a theme may ship.

#include <string_view>

namespace charterc {

// "text/html; charset=utf-8" for "en/charter.html"; text types name UTF-8,
// which is what charterc writes. Unknown extensions are
// application/octet-stream, so a browser downloads rather than guesses.
std::string_view ContentTypeOf(std::string_view path);

// Whether `path` is an HTML page (the preview script goes into those only).
bool IsHtmlPath(std::string_view path);

}  // namespace charterc
