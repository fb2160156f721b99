#include "base/source_file.h"

#include <unicode/utf8.h>

namespace charterc {

SourceFile::SourceFile(std::string display_path, std::string text)
    : path_(std::move(display_path)), text_(std::move(text)) {
  // Editors on Windows may save a byte-order mark; it is not content, and an
  // editor's column count does not include it.
  if (text_.rfind("\xEF\xBB\xBF", 0) == 0) text_.erase(0, 3);
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n' && i + 1 < text_.size()) line_starts_.push_back(i + 1);
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
  if (end > start && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(start, end - start);
}

SourceLocation SourceFile::LocationOf(size_t offset, int length) const {
  int line = 1;
  for (int i = LineCount(); i >= 1; --i) {
    if (line_starts_[i - 1] <= offset) {
      line = i;
      break;
    }
  }
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
