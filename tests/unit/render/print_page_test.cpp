#include "render/print_page.h"

#include <doctest/doctest.h>

#include "base/file_system.h"
#include "i18n/ui_strings.h"

namespace charterc {

TEST_CASE("CSS strings escape quotes, backslashes, new lines and tags") {
  CHECK(CssString("Charter") == "\"Charter\"");
  CHECK(CssString("The \"best\" \\ path") == "\"The \\22 best\\22  \\5C  path\"");
  CHECK(CssString("a\nb") == "\"a\\A b\"");
  CHECK(CssString("</style>") == "\"\\3C \\2F style\\3E \"");
}

// Every character that can end a CSS string (a quote, \n, \r, \f), start
// an escape (\) or a comment (/*), or end the style element (</style>)
// becomes \HH and a space, so the result has exactly one string token.
TEST_CASE("CSS strings hold no character that ends a string, comment or style element") {
  CHECK(CssString("a\rb") == "\"a\\D b\"");
  CHECK(CssString("a\fb") == "\"a\\C b\"");
  CHECK(CssString("a\r\nb") == "\"a\\D \\A b\"");
  CHECK(CssString("it's") == "\"it\\27 s\"");
  CHECK(CssString("*/ x /*") == "\"\\2A \\2F  x \\2F \\2A \"");
  CHECK(CssString(std::string("a\x7f", 2)) == "\"a\\7F \"");
  CHECK(CssString("\t") == "\"\\9 \"");
  // The escape's space is part of it, so a hex digit after it stays text.
  CHECK(CssString("\nA") == "\"\\A A\"");
  // Non-ASCII text passes unchanged (UTF-8 bytes are never specials).
  CHECK(CssString("Siarter — Cymraeg") == "\"Siarter — Cymraeg\"");
  const std::string hostile = "x\";}\r@import url(http://198.51.100.1/);\f</style><script>";
  const std::string css = CssString(hostile);
  CHECK(css.find_first_of("\r\n\f'<>/*") == std::string::npos);
  CHECK(css.find('"', 1) == css.size() - 1);  // the only quotes open and close it
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
