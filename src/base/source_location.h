#pragma once
// A position in a source file, as users see it: 1-based line and column
// (column counted in Unicode code points), plus the length of the span.

#include <string>

namespace charterc {

struct SourceLocation {
  std::string file;  // path as shown to the user, relative to the project
  int line = 0;      // 0 means "the whole file"
  int column = 0;
  int length = 0;    // code points underlined by the caret; 0 = just the caret
};

}  // namespace charterc
