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

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
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
        if (!ReadId()) return false;
      } else if (c == '.') {
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
      return Fail("attribute '" + key + "' has no value", "write " + key + "=\"...\"");
    }
    ++pos_;
    std::string value;
    if (pos_ < line_.size() && line_[pos_] == '"') {
      if (!ReadQuoted(&value)) return false;
    } else {
      size_t start = pos_;
      while (pos_ < line_.size() && line_[pos_] != ' ' && line_[pos_] != '\t' && line_[pos_] != '}') ++pos_;
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
};

// "\{#id}" is the documented way to write a block's text itself: cmark
// turns the escape into a literal '{'. An odd run of backslashes escapes.
bool Escaped(std::string_view line, size_t open) {
  size_t backslashes = 0;
  while (backslashes < open && line[open - backslashes - 1] == '\\') ++backslashes;
  return backslashes % 2 == 1;
}

bool OnlySpacesFrom(std::string_view line, size_t i) { return SkipSpaces(line, i) >= line.size(); }

}  // namespace

std::optional<AttributeBlockMatch> FindTrailingAttributeBlock(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
  if (line.empty()) return std::nullopt;
  // A line that does not end in '}' may hold a block that lost its '}'; only
  // "{#" is taken as such a block there, so prose braces stay prose.
  bool closed = line.back() == '}';
  std::optional<AttributeBlockMatch> malformed;
  for (size_t open = line.find('{'); open != std::string_view::npos; open = line.find('{', open + 1)) {
    bool fact_brace = (open + 1 < line.size() && line[open + 1] == '{') || (open > 0 && line[open - 1] == '{');
    if (fact_brace || Escaped(line, open) || !LooksLikeAttributeBlock(line, open)) continue;
    if (!closed && (open + 1 >= line.size() || line[open + 1] != '#')) continue;
    // Inside a code span ("write `x{#y` to ..."), braces are code, not markup.
    if (std::count(line.begin(), line.begin() + open, '`') % 2 == 1) continue;
    AttributeBlockMatch match;
    match.offset = open;
    Scanner scanner(line, open, &match);
    bool ok = scanner.Run();
    if (ok && OnlySpacesFrom(line, scanner.end())) return match;
    if (!ok && !malformed) malformed = match;
  }
  return malformed;
}

std::vector<std::pair<size_t, size_t>> FindStrayAttributeBlocks(std::string_view line, size_t trailing) {
  std::vector<std::pair<size_t, size_t>> stray;
  for (size_t open = line.find('{'); open != std::string_view::npos; open = line.find('{', open + 1)) {
    bool fact_brace = (open + 1 < line.size() && line[open + 1] == '{') || (open > 0 && line[open - 1] == '{');
    if (open == trailing || fact_brace || Escaped(line, open) || !LooksLikeAttributeBlock(line, open)) continue;
    if (std::count(line.begin(), line.begin() + open, '`') % 2 == 1) continue;
    // Up to its '}'; a block that is never closed takes the rest of the line.
    AttributeBlockMatch ignored;
    Scanner scanner(line, open, &ignored);
    size_t end = scanner.Run() ? scanner.end() : line.size();
    if (open < trailing && end > trailing) end = trailing;  // the line's own block stays whole
    stray.emplace_back(open, end - open);
    open = end - 1;
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

}  // namespace charterc