#include "output/internal_note_redaction.h"

#include <array>
#include <string_view>

namespace charterc {

namespace {

constexpr std::array<std::string_view, 2> kInternalKeys = {"internal", "evidence"};

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// Where the value of an internal key starting at `at` begins, or npos.
size_t ValueStart(const std::string& text, size_t at) {
  for (std::string_view key : kInternalKeys) {
    if (text.compare(at, key.size(), key) != 0) continue;
    if (at > 0 && IsNameChar(text[at - 1])) continue;  // "xinternal=" is another key
    size_t pos = at + key.size();
    while (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos >= text.size() || text[pos] != '=') continue;
    ++pos;
    while (pos < text.size() && text[pos] == ' ') ++pos;
    return pos;
  }
  return std::string::npos;
}

// Whether `key=` starts at `at`: the next attribute of the block.
bool StartsKeyValue(const std::string& text, size_t at) {
  size_t end = at;
  while (end < text.size() && IsNameChar(text[end])) ++end;
  return end > at && end < text.size() && text[end] == '=';
}

}  // namespace

std::string MaskInternalNotes(const std::string& printed) {
  std::string out;
  out.reserve(printed.size());
  size_t i = 0;
  while (i < printed.size()) {
    size_t value = ValueStart(printed, i);
    if (value == std::string::npos) {
      out += printed[i++];
      continue;
    }
    out.append(printed, i, value - i);
    i = value;
    char quote = i < printed.size() && (printed[i] == '"' || printed[i] == '\'') ? printed[i] : '\0';
    if (quote) out += printed[i++];
    // Up to the closing quote, never past the line: an excerpt cut short
    // ends the value there. A bare value ends at a space, but an author who
    // forgot the quotes (`internal=Backlog 412 not yet`) wrote the rest of
    // the note after it, so its words are masked too, up to the next
    // `key=`, the block's '}' or the line's end.
    while (i < printed.size() && printed[i] != '\n' && (quote ? printed[i] != quote : printed[i] != '}')) {
      if (!quote && (printed[i] == ' ' || printed[i] == '\t')) {
        size_t next = i;
        while (next < printed.size() && (printed[next] == ' ' || printed[next] == '\t')) ++next;
        if (next >= printed.size() || printed[next] == '\n' || printed[next] == '}' || StartsKeyValue(printed, next)) {
          break;
        }
        out.append(printed, i, next - i);
        i = next;
        continue;
      }
      unsigned char c = static_cast<unsigned char>(printed[i]);
      // One mark per character: UTF-8 continuation bytes add none.
      if ((c & 0xC0) != 0x80) out += "\xE2\x80\xA2";
      ++i;
    }
  }
  return out;
}

}  // namespace charterc
