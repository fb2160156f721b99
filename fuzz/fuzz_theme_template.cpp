// libFuzzer harness: a project's own page template, themes/default/page.xhtml.
// A theme comes from whoever maintains the site, often copied from another
// one, and its template decides the shape of every page, so it is checked
// (well-formed XHTML, the slots charterc fills, no active content: E0802)
// before any page is made from it. The whole pipeline runs on it.
#include <cstddef>
#include <cstdint>

#include "project_run.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  charterc::fuzz::RunProjectWith("themes/default/page.xhtml", data, size);
  return 0;
}
