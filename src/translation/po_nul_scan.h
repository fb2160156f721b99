#pragma once
// libgettextpo hands strings over as C strings, so a NUL in a msgid or
// msgstr (a raw byte, or an escape such as "\0" or "\x00") would end the
// text there without a word. Found before reading, it is reported instead.

#include <optional>
#include <string_view>

namespace charterc {

// Byte offset of the first NUL in a PO file's strings: a raw NUL byte
// anywhere, or a backslash escape whose value is 0 outside comment lines.
std::optional<size_t> FindNulInPoStrings(std::string_view text);

}  // namespace charterc
