#pragma once
// The files of a theme: the page template and its stylesheet. A project's
// own themes/default/ wins, file by file, over the copy in the binary.

#include <string>

#include "base/file_system.h"

namespace charterc {

struct Theme {
  std::string page_template;  // XHTML with data-slot markers
  std::string stylesheet;     // CSS written to out/charterc.css
  // CSS written to out/fragments/charterc-fragment.css, every rule scoped
  // under .charterc-fragment (render/fragment.h)
  std::string fragment_stylesheet;
  std::string template_path;  // where the template came from, for messages
  // Both files are the shipped ones (embedded, or an unchanged copy), the
  // theme charterc's own test suite checks with axe-core and the Nu Html
  // Checker; only then may an EPUB claim WCAG conformance.
  bool shipped = false;
};

Theme LoadTheme(const FileSystem& fs, const std::string& project_root);

}  // namespace charterc
