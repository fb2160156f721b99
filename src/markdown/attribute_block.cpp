#include "markdown/attribute_block.h"

#include <algorithm>
#include <cctype>

#include <unicode/utf8.h>

#include "base/utf8_text.h"
#include "model/ref.h"

namespace charterc {

namespace {

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':';
}

// Between a block's parts: spaces, tabs and (in joined lines) line ends.
size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) ++i;
  return i;
}

// Unicode spaces an author cannot tell from a space, or cannot see at all.
bool IsInvisibleSpace(UChar32 c) {
  return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

// Whether the text after '{' at `open` starts like an attribute block:
// "#id", ".class" or "key=".
bool LooksLikeAttributeBlock(std::string_view line, size_t open) {
  size_t i = SkipSpaces(line, open + 1);
  if (i >= line.size()) return false;
  if (line[i] == '#' || line[i] == '.') {
    // "{#9lives}" is a block with a bad id, reported as such.
    return i + 1 < line.size() && IsNameChar(line[i + 1]);
  }
  if (!std::isalpha(static_cast<unsigned char>(line[i]))) return false;
  while (i < line.size() && IsNameChar(line[i])) ++i;
  return i < line.size() && line[i] == '=';
}

class Scanner {
 public:
  Scanner(std::string_view line, size_t open, AttributeBlockMatch* match)
      : line_(line), pos_(open + 1), match_(match) {}

  // Parses up to and including the closing '}'; false on the first error.
  bool Run() {
    while (true) {
      pos_ = SkipSpaces(line_, pos_);
      if (pos_ >= line_.size()) return Fail("attribute block is not closed with '}'", "end the block with '}'");
      char c = line_[pos_];
      if (c == '}') {
        ++pos_;
        return true;
      }
      if (c == '#') {
        previous_bare_key_.clear();
        if (!ReadId()) return false;
      } else if (c == '.') {
        previous_bare_key_.clear();
        ++pos_;
        match_->attributes.classes.push_back(ReadName());
      } else if (!ReadKeyValue()) {
        return false;
      }
    }
  }

  size_t end() const { return pos_; }

 private:
  std::string ReadName() {
    size_t start = pos_;
    while (pos_ < line_.size() && IsNameChar(line_[pos_])) ++pos_;
    return std::string(line_.substr(start, pos_ - start));
  }

  bool ReadId() {
    size_t at = pos_++;
    std::string id = ReadName();
    if (!IsValidId(id)) {
      pos_ = at;
      return Fail("'#" + id + "' is not a valid id",
                  "an id starts with a letter and uses letters, digits, '-', '_' or '.'");
    }
    if (!match_->attributes.id.empty()) {
      pos_ = at;
      return Fail("attribute block has a second id '#" + id + "'", "give each element one id");
    }
    match_->attributes.id = id;
    return true;
  }

  bool ReadKeyValue() {
    size_t at = pos_;
    std::string key = ReadName();
    if (key.empty()) return Fail("unexpected " + CharacterAt(pos_) + " in attribute block",
                                 "write attributes as #id, key=value or key=\"value with spaces\"");
    if (pos_ >= line_.size() || line_[pos_] != '=') {
      pos_ = at;
      // After a bare value, a word without '=' is most likely the value
      // going on: `internal=Backlog 412 not yet`. The word is not quoted
      // in the message, as it may belong to a note for assessors, and
      // messages reach the build state and commitments.json.
      if (!previous_bare_key_.empty()) {
        return Fail("the value of '" + previous_bare_key_ + "' has a space but no quotes",
                    "write " + previous_bare_key_ + "=\"...\" around the whole value");
      }
      return Fail("attribute '" + key + "' has no value", "write " + key + "=\"...\"");
    }
    ++pos_;
    std::string value;
    previous_bare_key_.clear();
    if (pos_ < line_.size() && line_[pos_] == '"') {
      if (!ReadQuoted(&value)) return false;
    } else {
      previous_bare_key_ = key;
      size_t start = pos_;
      while (pos_ < line_.size() && line_[pos_] != ' ' && line_[pos_] != '\t' && line_[pos_] != '\n' &&
             line_[pos_] != '}') {
        ++pos_;
      }
      value = std::string(line_.substr(start, pos_ - start));
      if (value.empty()) return Fail("attribute '" + key + "' has an empty value", "write " + key + "=\"...\"");
    }
    match_->attributes.values.emplace_back(key, value);
    return true;
  }

  bool ReadQuoted(std::string* value) {
    size_t open = pos_++;
    while (pos_ < line_.size() && line_[pos_] != '"') {
      if (line_[pos_] == '\\' && pos_ + 1 < line_.size()) ++pos_;
      *value += line_[pos_++];
    }
    if (pos_ >= line_.size()) {
      pos_ = open;
      return Fail("quoted value is not closed", "add the closing '\"'");
    }
    ++pos_;
    return true;
  }

  // "'x'", or "' ' (U+00A0)" for a character that is not plain ASCII
  // (a no-break space looks like a space): the whole character, never one
  // byte of it.
  std::string CharacterAt(size_t at) const {
    const auto* bytes = reinterpret_cast<const uint8_t*>(line_.data());
    int32_t i = static_cast<int32_t>(at);
    UChar32 c;
    U8_NEXT(bytes, i, static_cast<int32_t>(line_.size()), c);
    if (c < 0) return "a byte that is not UTF-8";
    std::string shown = "'" + std::string(line_.substr(at, i - at)) + "'";
    return c < 0x80 ? shown : shown + " (" + CodePointName(c) + ")";
  }

  bool Fail(std::string message, std::string hint) {
    match_->error = std::move(message);
    match_->error_offset = pos_;
    match_->hint = std::move(hint);
    return false;
  }

  std::string_view line_;
  size_t pos_;
  AttributeBlockMatch* match_;
  std::string previous_bare_key_;  // the key of the last attribute read, when its value was bare
};

// "\{#id}" is the documented way to write a block's text itself: cmark
// turns the escape into a literal '{'. An odd run of backslashes escapes.
bool Escaped(std::string_view line, size_t open) {
  size_t backslashes = 0;
  while (backslashes < open && line[open - backslashes - 1] == '\\') ++backslashes;
  return backslashes % 2 == 1;
}

bool OnlySpacesFrom(std::string_view line, size_t i) { return OnlySpacesToLineEnd(line, i) && line.find('\n', i) == std::string_view::npos; }

// Where the cut of a malformed block ends: the end of the line on which
// reading it failed, and never before where it failed.
size_t MalformedEnd(std::string_view text, size_t failed_at) {
  size_t line_end = text.find('\n', failed_at);
  return line_end == std::string_view::npos ? text.size() : line_end;
}

bool IsCandidate(std::string_view text, size_t open) {
  bool fact_brace = (open + 1 < text.size() && text[open + 1] == '{') || (open > 0 && text[open - 1] == '{');
  return !fact_brace && !Escaped(text, open) && LooksLikeAttributeBlock(text, open);
}

}  // namespace

bool OnlySpacesToLineEnd(std::string_view text, size_t from) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  int32_t i = static_cast<int32_t>(from);
  while (i < length && bytes[i] != '\n') {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c != ' ' && c != '\t' && c != '\r' && !IsInvisibleSpace(c)) return false;
  }
  return true;
}

std::vector<AttributeBlockMatch> FindAttributeBlocks(std::string_view text) {
  std::vector<AttributeBlockMatch> found;
  // Backticks before the current '{', counted as the scan moves on (not from
  // the start each time, which would be quadratic): an odd count means a
  // code span is open, and braces in code are code ("write `x{#y` to ...").
  size_t counted_to = 0, backticks = 0;
  for (size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open)) {
    backticks += static_cast<size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(counted_to),
                                                text.begin() + static_cast<std::ptrdiff_t>(open), '`'));
    counted_to = open;
    if (backticks % 2 == 1 || !IsCandidate(text, open)) {
      ++open;
      continue;
    }
    AttributeBlockMatch match;
    match.offset = open;
    Scanner scanner(text, open, &match);
    match.end = scanner.Run() ? scanner.end() : MalformedEnd(text, match.error_offset);
    open = std::max(match.end, open + 1);
    found.push_back(std::move(match));
  }
  return found;
}

std::optional<AttributeBlockMatch> FindTrailingAttributeBlock(std::string_view line) {
  std::vector<AttributeBlockMatch> blocks = FindAttributeBlocks(line);
  if (!blocks.empty() && !blocks.back().error && OnlySpacesFrom(line, blocks.back().end)) return blocks.back();
  for (AttributeBlockMatch& block : blocks) {
    if (block.error) return std::move(block);
  }
  return std::nullopt;
}

std::vector<std::pair<size_t, size_t>> FindStrayAttributeBlocks(std::string_view line, size_t trailing) {
  std::vector<std::pair<size_t, size_t>> stray;
  for (const AttributeBlockMatch& block : FindAttributeBlocks(line)) {
    if (block.offset != trailing) stray.emplace_back(block.offset, block.end - block.offset);
  }
  return stray;
}

bool LooksLikeAttributeBlockAt(std::string_view text, size_t open) {
  return open < text.size() && text[open] == '{' && LooksLikeAttributeBlock(text, open);
}

AttributeBlockMatch ParseAttributeBlockAt(std::string_view text, size_t open, size_t* end) {
  AttributeBlockMatch match;
  match.offset = open;
  Scanner scanner(text, open, &match);
  bool ok = scanner.Run();
  *end = ok ? scanner.end() : text.size();
  return match;
}

bool IsDecorativeMarkAt(std::string_view text, size_t open) {
  return open > 0 && (text[open - 1] == ')' || text[open - 1] == ']') &&
         text.substr(open, kDecorativeMark.size()) == kDecorativeMark;
}

}  // namespace charterc
