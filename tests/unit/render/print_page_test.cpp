#include "render/print_page.h"

#include <doctest/doctest.h>

#include "base/file_system.h"
#include "i18n/ui_strings.h"

namespace charterc {

TEST_CASE("CSS strings escape quotes, backslashes, new lines and tags") {
  CHECK(CssString("Charter") == "\"Charter\"");
  CHECK(CssString("The \"best\" \\ path") == "\"The \\\"best\\\" \\\\ path\"");
  CHECK(CssString("a\nb") == "\"a\\A b\"");
  CHECK(CssString("</style>") == "\"\\3C /style>\"");
}

TEST_CASE("page X of Y is localised, with the locale's digits") {
  MemoryFileSystem fs;
  CHECK(PageCounterContent(UiStrings::Load(fs, ".", "en")) ==
        "\"Page \" counter(page, decimal) \" of \" counter(pages, decimal)");
  CHECK(PageCounterContent(UiStrings::Load(fs, ".", "ar")) ==
        "\"الصفحة \" counter(page, arabic-indic) \" من \" counter(pages, arabic-indic)");
  // The numbers come first or inside the text, as the language puts them.
  CHECK(PageCounterContent(UiStrings::Load(fs, ".", "zh-Hans")) ==
        "\"第\" counter(page, decimal) \"页，共\" counter(pages, decimal) \"页\"");
}

}  // namespace charterc
