#include "render/format_links.h"

#include <unicode/measunit.h>
#include <unicode/numberformatter.h>

namespace charterc {

namespace {

const char* FormatKey(OutputFormat format) {
  switch (format) {
    case OutputFormat::Pdf: return "format-pdf";
    case OutputFormat::LargePrintPdf: return "format-large-print";
    case OutputFormat::Epub: return "format-epub";
    case OutputFormat::Text: return "format-text";
    case OutputFormat::Html: return "format-html";
  }
  return "format-html";
}

const char* MediaType(OutputFormat format) {
  switch (format) {
    case OutputFormat::Pdf:
    case OutputFormat::LargePrintPdf: return "application/pdf";
    case OutputFormat::Epub: return "application/epub+zip";
    case OutputFormat::Text: return "text/plain";
    case OutputFormat::Html: return "text/html";
  }
  return "text/html";
}

}  // namespace

std::string FormatFileSize(uint64_t bytes, const icu::Locale& locale) {
  using icu::number::NumberFormatter;
  using icu::number::Precision;
  // Decimal (SI) units, as browsers' download lists show them; a size under
  // 1 kB still reads "1 kB" rather than a byte count nobody compares.
  const double kilobytes = static_cast<double>(bytes) / 1000.0;
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text;
  if (kilobytes < 1000) {
    text = NumberFormatter::withLocale(locale)
               .unit(icu::MeasureUnit::getKilobyte())
               .precision(Precision::integer())
               .formatDouble(kilobytes < 1 ? 1 : kilobytes, status)
               .toString(status);
  } else {
    text = NumberFormatter::withLocale(locale)
               .unit(icu::MeasureUnit::getMegabyte())
               .precision(Precision::maxFraction(1))
               .formatDouble(kilobytes / 1000.0, status)
               .toString(status);
  }
  std::string out;
  if (U_FAILURE(status)) return std::to_string(bytes);
  text.toUTF8String(out);
  return out;
}

void AppendFormatLinks(const RenderContext& context, const std::vector<FormatLink>& links, pugi::xml_node parent) {
  if (links.empty()) return;
  const std::string here = OutputLayout::Document(context.document.meta.lang, context.document.name);
  pugi::xml_node nav = parent.append_child("nav");
  nav.append_attribute("class") = "other-formats";
  nav.append_attribute("aria-label") = context.strings.Format("other-formats").c_str();
  pugi::xml_node list = nav.append_child("ul");
  for (const FormatLink& link : links) {
    pugi::xml_node item = list.append_child("li");
    pugi::xml_node a = item.append_child("a");
    a.append_attribute("href") = OutputLayout::Href(here, link.path).c_str();
    a.append_attribute("type") = MediaType(link.format);
    a.text() = context.strings
                   .Format(FormatKey(link.format),
                           {{"size", icu::Formattable(icu::UnicodeString::fromUTF8(
                                         FormatFileSize(link.bytes, context.strings.locale())))}})
                   .c_str();
  }
}

}  // namespace charterc
