#include "i18n/line_wrap.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace charterc {

namespace {

int CodePointWidth(UChar32 c) {
  int8_t category = u_charType(c);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) return 0;
  int east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH ? 2 : 1;
}

int Width(const icu::UnicodeString& text) {
  int width = 0;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) width += CodePointWidth(text.char32At(i));
  return width;
}

// Truncates its own copy: a tempSubString of the parameter would alias a
// string that dies on return (the wrapped lines then held stray bytes).
icu::UnicodeString TrimEnd(icu::UnicodeString text) {
  int32_t end = text.length();
  while (end > 0 && u_isWhitespace(text.charAt(end - 1))) --end;
  text.truncate(end);
  return text;
}

std::string Utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace

int ColumnWidth(const std::string& utf8) { return Width(icu::UnicodeString::fromUTF8(utf8)); }

std::vector<std::string> WrapText(const std::string& text, const icu::Locale& locale, int width) {
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(text);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> breaks(icu::BreakIterator::createLineInstance(locale, status));
  std::vector<std::string> lines;
  if (U_FAILURE(status)) return {text};
  breaks->setText(source);
  icu::UnicodeString line;
  int line_width = 0;
  for (int32_t start = breaks->first(), end = breaks->next(); end != icu::BreakIterator::DONE;
       start = end, end = breaks->next()) {
    icu::UnicodeString segment = source.tempSubStringBetween(start, end);
    bool hard = breaks->getRuleStatus() >= UBRK_LINE_HARD && breaks->getRuleStatus() < UBRK_LINE_HARD_LIMIT;
    if (hard) segment = TrimEnd(segment);  // the "\n" itself
    // Trailing spaces may hang past the margin; only the visible part counts.
    int visible = Width(TrimEnd(segment));
    if (line_width > 0 && line_width + visible > width) {
      lines.push_back(Utf8(TrimEnd(line)));
      line.remove();
      line_width = 0;
    }
    line += segment;
    line_width += Width(segment);
    if (hard) {
      lines.push_back(Utf8(TrimEnd(line)));
      line.remove();
      line_width = 0;
    }
  }
  if (line_width > 0 || lines.empty()) lines.push_back(Utf8(TrimEnd(line)));
  return lines;
}

}  // namespace charterc
