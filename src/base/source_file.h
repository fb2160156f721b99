#pragma once
// The text of one input file with a line index, so any stage can turn a byte
// offset into a line and column and show the source line in a diagnostic.

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

 private:
  std::string path_;
  std::string text_;
  std::vector<size_t> line_starts_;
};

// Number of code points in a valid UTF-8 string.
int CodePointCount(std::string_view utf8);

}  // namespace charterc
