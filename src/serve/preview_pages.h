#pragma once
// The pages the preview makes itself, in place of a file out/ lacks: a
// document withheld for errors (its errors listed, so the author sees why)
// and "not found". Both get the live-reload script like any page, so they
// turn into the real page once a build writes it. The preview speaks
// English, like the rest of the command line.

#include <string>
#include <string_view>

#include "serve/page_report.h"

namespace charterc {

// The page of `report.page` when out/ holds none: why, with the page's
// diagnostics (file:line:column, code, message, hint).
std::string WithheldPage(const PageReport& report);

// `path` as requested, for a page nobody writes.
std::string NotFoundPage(std::string_view path);

// The Content-Security-Policy sent with these pages: only the theme's
// stylesheet and the preview's own script and endpoints.
std::string GeneratedPagePolicy(std::string_view origin);

}  // namespace charterc
