#pragma once
// The part of a source line a diagnostic quotes: at most one screen width
// around the caret, so a 100 KB line costs a line of output, not 100 KB.

#include <string>
#include <string_view>

namespace charterc {

struct SourceExcerpt {
  std::string text;  // showable UTF-8 (see base/utf8_text.h), "…" where cut
  int caret_column = 1;  // 1-based, in code points of `text`
  int caret_length = 1;  // code points to underline, at least 1
};

// The window of `line` (UTF-8, possibly invalid) that holds the span at
// code point `column` (1-based) of `length` code points, at most `width`
// code points long (at least 10): the whole line when it fits, otherwise a
// cut on character boundaries with "…" at the cut ends, the caret a third
// of the way in. The underline stops at the window's end.
SourceExcerpt ExcerptAround(std::string_view line, int column, int length, int width);

}  // namespace charterc
