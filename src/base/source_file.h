#pragma once
// The text of one input file with a line index, so any stage can turn a byte
// offset into a line and column and show the source line in a diagnostic.
//
// Line ends are made one when a file is loaded, so every later stage (cmark,
// yaml-cpp, the PO and XLIFF readers, the attribute-block scanner) sees only
// LF: CRLF, CR alone, NEL (U+0085), LS (U+2028), PS (U+2029), VT and FF each
// become one LF. Lines are counted at each of them; a column counts code
// points from the start of its line, so positions are the same before and
// after. The first line end editors may not show as one (NEL, LS, PS, VT,
// FF) is remembered for W1503.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_location.h"

namespace charterc {

class SourceFile {
 public:
  SourceFile(std::string display_path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  int LineCount() const { return static_cast<int>(line_starts_.size()); }

  // Line `line` (1-based) without its line terminator; empty if out of range.
  std::string_view Line(int line) const;
  // Byte offset where line `line` starts.
  size_t LineStart(int line) const;
  // Location of a byte offset; the column counts code points.
  SourceLocation LocationOf(size_t offset, int length = 0) const;
  // Location of `needle` searched on `line` from byte `from_byte` of that
  // line; falls back to the start of the line when it is not found.
  SourceLocation Find(int line, std::string_view needle, size_t from_byte = 0) const;
  // Byte offset of `at` within its line (the inverse of LocationOf).
  size_t ByteInLine(const SourceLocation& at) const;

  // Byte offset of the first invalid UTF-8 sequence, if any.
  std::optional<size_t> FirstInvalidUtf8() const;

  // The line ends the file had that not every editor shows as such.
  struct UnusualLineEnds {
    int count = 0;
    int first_line = 0;       // the line the first one ended
    char32_t first = 0;       // its code point (0x85, 0x2028, 0x2029, 0x0B, 0x0C)
  };
  const UnusualLineEnds& unusual_line_ends() const { return unusual_; }

 private:
  std::string path_;
  std::string text_;
  std::vector<size_t> line_starts_;
  UnusualLineEnds unusual_;
};

// Number of code points in a valid UTF-8 string.
int CodePointCount(std::string_view utf8);

}  // namespace charterc
