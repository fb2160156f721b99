#pragma once
// What ends a line in charterc's input files: LF, CRLF (as one), CR alone,
// NEL (U+0085), LS (U+2028), PS (U+2029), VT and FF. SourceFile turns each
// into LF when a file is loaded; `write-ids` uses the same rule to rewrite
// a file keeping its own line ends.

#include <cstddef>
#include <string_view>

namespace charterc {

// The byte length of the line end starting at byte `i` of `text`, or 0.
// `unusual` is set to the code point of a line end not every editor shows
// as one (NEL, LS, PS, VT, FF), else 0. The multi-byte ones are only read
// as whole UTF-8 characters.
size_t LineEndLength(std::string_view text, size_t i, char32_t* unusual);

}  // namespace charterc
