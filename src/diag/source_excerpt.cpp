#include "diag/source_excerpt.h"

#include <algorithm>
#include <vector>

#include <unicode/utf8.h>

#include "base/utf8_text.h"

namespace charterc {

namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

// Byte offset where each code point starts, plus the end of the line, for
// the first `limit` code points (enough to reach the window's end).
std::vector<int32_t> CodePointStarts(std::string_view line, int limit) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
  int32_t length = static_cast<int32_t>(line.size());
  std::vector<int32_t> starts;
  int32_t offset = 0;
  while (offset < length && static_cast<int>(starts.size()) < limit) {
    starts.push_back(offset);
    U8_FWD_1(bytes, offset, length);
  }
  starts.push_back(offset);
  return starts;
}

}  // namespace

SourceExcerpt ExcerptAround(std::string_view line, int column, int length, int width) {
  width = std::max(width, 10);
  const int caret = std::max(column, 1) - 1;  // 0-based code point
  // Code points past the window's furthest possible end are never looked at.
  std::vector<int32_t> starts = CodePointStarts(line, caret + width + 1);
  const int count = static_cast<int>(starts.size()) - 1;  // code points seen
  const bool more_after = starts.back() < static_cast<int32_t>(line.size());
  int first = 0;
  int last = count;  // one past the window
  if (count > width || more_after) {
    first = std::clamp(caret - width / 3, 0, std::max(count - width, 0));
    last = std::min(first + width, count);
  }
  const bool cut_before = first > 0;
  const bool cut_after = last < count || more_after;
  int text_first = first + (cut_before ? 1 : 0);
  int text_last = last - (cut_after ? 1 : 0);
  SourceExcerpt excerpt;
  if (cut_before) excerpt.text += kEllipsis;
  excerpt.text += ShowableUtf8(line.substr(starts[text_first], starts[text_last] - starts[text_first]));
  if (cut_after) excerpt.text += kEllipsis;
  // A caret may point just past the line's end (what is missing there), but
  // not past a cut.
  const int furthest = cut_after ? last - first - 1 : last - first;
  excerpt.caret_column = std::clamp(caret - first, 0, std::max(furthest, 0)) + 1;
  const int room = furthest - excerpt.caret_column + 1;
  excerpt.caret_length = std::clamp(length, 1, std::max(room, 1));
  return excerpt;
}

}  // namespace charterc
