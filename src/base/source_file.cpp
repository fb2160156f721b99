#include "base/source_file.h"

#include <algorithm>

#include <unicode/utf8.h>

#include "base/line_ends.h"

namespace charterc {

SourceFile::SourceFile(std::string display_path, std::string text) : path_(std::move(display_path)) {
  // Editors on Windows may save a byte-order mark; it is not content, and an
  // editor's column count does not include it.
  std::string_view raw = text;
  if (raw.rfind("\xEF\xBB\xBF", 0) == 0) raw.remove_prefix(3);
  // One pass: every line end becomes LF (see the header), in linear time.
  text_.reserve(raw.size());
  line_starts_.push_back(0);
  for (size_t i = 0; i < raw.size();) {
    char32_t unusual = 0;
    size_t end = LineEndLength(raw, i, &unusual);
    if (end == 0) {
      text_ += raw[i++];
      continue;
    }
    if (unusual != 0 && unusual_.count++ == 0) {
      unusual_.first = unusual;
      unusual_.first_line = LineCount();
    }
    text_ += '\n';
    i += end;
    if (i < raw.size()) line_starts_.push_back(text_.size());
  }
}

size_t SourceFile::LineStart(int line) const {
  if (line < 1) return 0;
  if (line > LineCount()) return text_.size();
  return line_starts_[line - 1];
}

std::string_view SourceFile::Line(int line) const {
  if (line < 1 || line > LineCount()) return {};
  size_t start = line_starts_[line - 1];
  size_t end = text_.find('\n', start);
  if (end == std::string::npos) end = text_.size();
  return std::string_view(text_).substr(start, end - start);
}

SourceLocation SourceFile::LocationOf(size_t offset, int length) const {
  // Binary search: a file with many findings stays linear-logarithmic.
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  int line = std::max(1, static_cast<int>(after - line_starts_.begin()));
  size_t start = line_starts_[line - 1];
  std::string_view before = std::string_view(text_).substr(start, offset - start);
  return SourceLocation{path_, line, CodePointCount(before) + 1, length};
}

SourceLocation SourceFile::Find(int line, std::string_view needle, size_t from_byte) const {
  std::string_view text = Line(line);
  size_t at = needle.empty() ? std::string_view::npos : text.find(needle, from_byte);
  if (at == std::string_view::npos) {
    size_t indent = text.find_first_not_of(" \t");
    return LocationOf(LineStart(line) + (indent == std::string_view::npos ? 0 : indent));
  }
  return LocationOf(LineStart(line) + at, CodePointCount(needle));
}

size_t SourceFile::ByteInLine(const SourceLocation& at) const {
  std::string_view text = Line(at.line);
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t offset = 0;
  for (int column = 1; column < at.column && offset < length; ++column) {
    UChar32 c;
    U8_NEXT(bytes, offset, length, c);
  }
  return static_cast<size_t>(offset);
}

std::optional<size_t> SourceFile::FirstInvalidUtf8() const {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text_.data());
  int32_t length = static_cast<int32_t>(text_.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::nullopt;
}

int CodePointCount(std::string_view utf8) {
  int count = 0;
  for (unsigned char c : utf8) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace charterc
