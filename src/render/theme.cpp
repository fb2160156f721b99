#include "render/theme.h"

#include "resources/embedded.h"

namespace charterc {

namespace {

// The project's copy of `relative` if it has one, else the embedded one.
std::string ThemeFile(const FileSystem& fs, const std::string& root, const std::string& relative,
                      std::string* origin) {
  std::string text, error;
  std::string path = JoinPath(root, relative);
  if (fs.ReadFile(path, &text, &error)) {
    *origin = path;
    return text;
  }
  *origin = "(built-in) " + relative;
  return std::string(FindEmbeddedFile(relative).value_or(""));
}

}  // namespace

Theme LoadTheme(const FileSystem& fs, const std::string& project_root) {
  Theme theme;
  std::string unused;
  theme.page_template = ThemeFile(fs, project_root, "themes/default/page.xhtml", &theme.template_path);
  theme.stylesheet = ThemeFile(fs, project_root, "themes/default/charterc.css", &unused);
  theme.fragment_stylesheet = ThemeFile(fs, project_root, "themes/default/charterc-fragment.css", &unused);
  theme.shipped = theme.page_template == FindEmbeddedFile("themes/default/page.xhtml").value_or("") &&
                  theme.stylesheet == FindEmbeddedFile("themes/default/charterc.css").value_or("");
  return theme;
}

}  // namespace charterc
