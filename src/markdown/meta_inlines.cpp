#include "markdown/meta_inlines.h"

#include <cstring>
#include <string_view>

#include "markdown/attribute_block.h"
#include "markdown/inline_markdown.h"

namespace charterc {

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// Whether `line` is made of one marker character repeated, with spaces:
// a thematic break ("***", "- - -") or a setext underline ("===").
bool OnlyRepeated(std::string_view line, char marker) {
  for (char c : line) {
    if (c != marker && !IsBlank(c)) return false;
  }
  return true;
}

// Byte index in `line` where a backslash keeps it from opening a block,
// or npos when it would not open one.
size_t BlockMarkerAt(std::string_view line) {
  if (line.empty()) return std::string_view::npos;
  const char c = line[0];
  const bool marker_then_blank = line.size() == 1 || IsBlank(line[1]);
  if (c == '>') return 0;
  if (c == '#') {
    size_t hashes = line.find_first_not_of('#');
    if (hashes == std::string_view::npos || (hashes <= 6 && IsBlank(line[hashes]))) return 0;
  }
  if (std::strchr("-+*", c) != nullptr && marker_then_blank) return 0;
  if (std::strchr("-*_=", c) != nullptr && OnlyRepeated(line, c)) return 0;
  if ((c == '`' || c == '~') && line.compare(0, 3, std::string(3, c)) == 0) return 0;
  // "[label]: destination" would be a link reference definition, not text.
  if (c == '[' && line.find("]:") != std::string_view::npos) return 0;
  if (c >= '0' && c <= '9') {
    size_t digits = line.find_first_not_of("0123456789");
    if (digits != std::string_view::npos && digits <= 9 && (line[digits] == '.' || line[digits] == ')') &&
        (digits + 1 == line.size() || IsBlank(line[digits + 1]))) {
      return digits;
    }
  }
  return std::string_view::npos;
}

void ForEachLocation(std::vector<Inline>* inlines, const std::function<void(SourceLocation*)>& place) {
  for (Inline& node : *inlines) {
    if (node.location.line > 0) place(&node.location);
    ForEachLocation(&node.children, place);
  }
}

// Where `value` starts on its front-matter line, as a number of code
// points to add to a column counted from the value's first character; -1
// when the value is not written there as it reads (a folded or escaped
// scalar), and locations fall back to the value's start.
int VerbatimShift(const SourceFile& source, const SourceLocation& at, const std::string& value) {
  if (value.find('\n') != std::string::npos || at.line <= 0) return -1;
  std::string_view rest = source.Line(at.line);
  size_t byte = source.ByteInLine(at);
  if (byte > rest.size()) return -1;
  rest.remove_prefix(byte);
  if (rest.compare(0, value.size(), value) == 0) return at.column - 1;
  if (!rest.empty() && (rest[0] == '"' || rest[0] == '\'') && rest.compare(1, value.size(), value) == 0) {
    return at.column;
  }
  return -1;
}

SourceLocation ValueLocation(const SourceFile& source, const DocumentMeta& meta, const std::string& key) {
  auto written = meta.locations.find(key);
  return written != meta.locations.end() ? written->second : SourceLocation{source.path(), 1, 1, 0};
}

// A front-matter value is published (title, summary, owner), and no
// attribute block belongs in one: each is reported (E1504) and cut, so its
// notes reach no output.
void CutAttributeBlocks(const SourceFile& source, const DocumentMeta& meta, const std::string& key,
                        std::string* text, DiagnosticSink& sink) {
  std::vector<AttributeBlockMatch> blocks = FindAttributeBlocks(*text);
  if (blocks.empty()) return;
  const SourceLocation at = ValueLocation(source, meta, key);
  const int shift = VerbatimShift(source, at, *text);
  for (const AttributeBlockMatch& block : blocks) {
    SourceLocation location = at;
    if (shift >= 0) location.column = shift + CodePointCount(std::string_view(*text).substr(0, block.offset)) + 1;
    location.length = 1;
    sink.Report(DiagCode::E1504, location, "an attribute block cannot sit in the front matter's '" + key + "'",
                "remove it; ids and notes for assessors go in a block at the end of a paragraph, list item or "
                "heading of the body");
  }
  for (auto block = blocks.rbegin(); block != blocks.rend(); ++block) {
    size_t start = block->offset;
    while (start > 0 && ((*text)[start - 1] == ' ' || (*text)[start - 1] == '\t')) --start;
    text->erase(start, block->end - start);
  }
}

void ParseValue(const SourceFile& source, const DocumentMeta& meta, const std::string& key, std::string* text,
                std::vector<Inline>* inlines, DiagnosticSink& sink) {
  inlines->clear();
  if (text->empty()) return;
  const SourceLocation at = ValueLocation(source, meta, key);
  CutAttributeBlocks(source, meta, key, text, sink);
  int escaped_column = 0;
  const std::string markdown = AsParagraphMarkdown(*text, &escaped_column);
  const int shift = VerbatimShift(source, at, *text);
  auto place = [&](SourceLocation* location) {
    if (shift < 0) {
      *location = at;
      return;
    }
    int column = location->column;
    if (escaped_column > 0 && column > escaped_column) --column;
    location->line = at.line;
    location->column = column + shift;
  };
  // The Markdown stage reports into a sink of its own, so its positions
  // can be moved onto the value before they reach the user.
  DiagnosticSink own;
  *inlines = ParseInlineMarkdown(source.path(), markdown, at.line, own);
  ForEachLocation(inlines, place);
  for (Diagnostic& diagnostic : own.Sorted()) {
    if (diagnostic.location.line > 0) place(&diagnostic.location);
    sink.Report(diagnostic.code, diagnostic.location, diagnostic.message, diagnostic.hint, diagnostic.details);
  }
  *text = PlainText(*inlines);
}

}  // namespace

std::string AsParagraphMarkdown(const std::string& value, int* escaped_column) {
  if (escaped_column) *escaped_column = 0;
  std::string out;
  size_t start = 0;
  bool first = true;
  while (start <= value.size()) {
    size_t end = value.find('\n', start);
    if (end == std::string::npos) end = value.size();
    std::string_view line(value.data() + start, end - start);
    while (!line.empty() && IsBlank(line.front())) line.remove_prefix(1);
    size_t marker = BlockMarkerAt(line);
    if (marker != std::string_view::npos) {
      if (first && escaped_column) *escaped_column = static_cast<int>(marker) + 1;
      out.append(line.substr(0, marker)).append("\\").append(line.substr(marker));
    } else {
      out.append(line);
    }
    if (end == value.size()) break;
    out += '\n';
    start = end + 1;
    first = false;
  }
  return out;
}

void ParseMetaInlines(const SourceFile& source, DocumentMeta* meta, DiagnosticSink& sink) {
  CutAttributeBlocks(source, *meta, "owner", &meta->owner, sink);
  ParseValue(source, *meta, "title", &meta->title, &meta->title_inlines, sink);
  ParseValue(source, *meta, "summary", &meta->summary, &meta->summary_inlines, sink);
}

}  // namespace charterc
