#pragma once
// Text that is safe to show: valid UTF-8, no terminal control characters, and
// cut to a length on character boundaries. Diagnostics quote user input, and
// a quoted byte must never break a JSON writer or a terminal.

#include <string>
#include <string_view>

namespace charterc {

// `text` with every invalid UTF-8 sequence and every control character but
// tab and line feed (C0, DEL, C1: terminal escapes among them) replaced by
// U+FFFD.
std::string ShowableUtf8(std::string_view text);

// The first `max_code_points` code points of valid UTF-8 `text`, ending in
// "…" when something was cut (the "…" counts as one of them).
std::string CutToCodePoints(std::string_view text, int max_code_points);

// "U+00A0": how a message names a character that may be invisible.
std::string CodePointName(char32_t c);

}  // namespace charterc
