#include "render/print_page.h"

#include <set>

#include <pugixml.hpp>

#include "i18n/locale_info.h"
#include "model/link_policy.h"
#include "render/html5_writer.h"
#include "render/html_page.h"
#include "render/meta_text.h"
#include "render/outside_links.h"
#include "render/page_template.h"

namespace charterc {

namespace {

// Private-use characters stand for the two numbers while the message is
// formatted, then become counter() calls.
const char* const kPageMarker = "\xEE\x80\x80";   // U+E000
const char* const kPagesMarker = "\xEE\x80\x81";  // U+E001

std::string PageRules(const RenderContext& context, const PrintOptions& options) {
  // Large print: the running title and page numbers at body size too, in
  // wider margins to hold them.
  std::string margins = options.large_print ? "25mm 20mm 30mm" : "20mm 18mm 22mm";
  std::string size = options.large_print ? "18pt" : "9pt";
  return "@page {\n  size: " + options.paper + ";\n  margin: " + margins + ";\n  @top-center { content: " +
         CssString(TitleText(context, context.document)) + "; font-size: " + size + "; }\n  @bottom-center { content: " +
         PageCounterContent(context.strings) + "; font-size: " + size + "; }\n}\n";
}

// A printed link cannot be followed: its address is shown after it, unless
// the text already is the address.
void MarkPrintedLinks(pugi::xml_node root) {
  for (pugi::xpath_node found : root.select_nodes("//a[@href]")) {
    pugi::xml_node link = found.node();
    std::string href = link.attribute("href").value();
    std::string scheme = LinkScheme(href);
    if (scheme.empty()) continue;  // within the document
    std::string shown = scheme == "mailto" || scheme == "tel" ? href.substr(scheme.size() + 1) : href;
    if (shown == link.text().as_string() || shown == link.child_value()) continue;
    link.append_attribute("data-print-target") = shown.c_str();
  }
}

}  // namespace

std::string CssString(const std::string& text) {
  // CSS Syntax 3, 4.3.5: a string ends at its quote or at a newline (\n,
  // \r, \f); a backslash starts an escape. Those, the other quote, '<'
  // and '>' (which could end the <style> element or start a comment in
  // an HTML parser), '/' and '*' (a comment) and every control character
  // are written as \HH plus the space that ends the escape, so no text
  // can leave the string or the style element.
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string quoted = "\"";
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool special = byte < 0x20 || byte == 0x7f || c == '"' || c == '\'' || c == '\\' || c == '<' ||
                         c == '>' || c == '/' || c == '*' || c == '&';
    if (!special) {
      quoted += c;
      continue;
    }
    quoted += '\\';
    if (byte >= 0x10) quoted += kHex[byte >> 4];
    quoted += kHex[byte & 0x0f];
    quoted += ' ';
  }
  return quoted + "\"";
}

std::string PageCounterContent(const UiStrings& strings) {
  std::string message = strings.Format("page-x-of-y", {{"page", icu::Formattable(icu::UnicodeString::fromUTF8(kPageMarker))},
                                                       {"pages", icu::Formattable(icu::UnicodeString::fromUTF8(kPagesMarker))}});
  std::string style = CssCounterStyle(strings.locale());
  std::string content;
  size_t start = 0;
  auto literal = [&](size_t end) {
    if (end > start) content += (content.empty() ? "" : " ") + CssString(message.substr(start, end - start));
  };
  for (size_t i = 0; i < message.size();) {
    bool page = message.compare(i, 3, kPageMarker) == 0;
    bool pages = message.compare(i, 3, kPagesMarker) == 0;
    if (!page && !pages) {
      ++i;
      continue;
    }
    literal(i);
    content += std::string(content.empty() ? "" : " ") + "counter(" + (page ? "page" : "pages") + ", " + style + ")";
    i += 3;
    start = i;
  }
  literal(message.size());
  return content;
}

std::string RenderPrintPage(const RenderContext& page_context, const Theme& theme, const PrintOptions& options) {
  // Chromium is given the page's text alone, at no address: its images go
  // in it as data: addresses.
  RenderContext context = page_context;
  context.images = ImageLinks::Embedded;
  const DocumentMeta& meta = context.document.meta;
  pugi::xml_document doc;
  pugi::xml_node html = doc.append_child("html");
  SetLanguageAttributes(html, meta.lang);
  html.append_attribute("class") = options.large_print ? "print large-print" : "print";
  pugi::xml_node head = html.append_child("head");
  head.append_child("meta").append_attribute("charset") = "utf-8";
  AddContentPolicy(head, kPrintPolicy);
  head.append_child("title").text() = TitleText(context, context.document).c_str();
  head.append_child("style").text() = (theme.stylesheet + "\n" + PageRules(context, options)).c_str();
  pugi::xml_node main = html.append_child("body").append_child("main");
  AppendDocumentContent(context, main);
  ResolveOutsideLinks(main, context, {}, ".html");
  MarkPrintedLinks(main);
  return WriteHtml5Document(doc);
}

}  // namespace charterc
