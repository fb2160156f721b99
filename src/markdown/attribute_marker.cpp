#include "markdown/attribute_marker.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <tuple>

#include "markdown/cmark_document.h"

namespace charterc {

namespace {

// A paragraph's (or heading's) lines joined by '\n', with each later line's
// container prefix (indentation, '>') left out, so a block wrapped over two
// lines is read whole. Each piece maps its joined bytes back to the source.
class JoinedLines {
 public:
  JoinedLines(const SourceFile& source, int first, int last) {
    for (int line = first; line <= last; ++line) {
      std::string_view text = source.Line(line);
      size_t prefix = 0;
      if (line > first) {
        while (prefix < text.size() && (text[prefix] == ' ' || text[prefix] == '\t' || text[prefix] == '>')) {
          ++prefix;
        }
        text_ += '\n';
      }
      pieces_.push_back({text_.size(), source.LineStart(line) + prefix, line});
      text_.append(text.substr(prefix));
    }
  }

  const std::string& text() const { return text_; }
  int LineOf(size_t joined) const { return PieceOf(joined).line; }
  size_t SourceOffset(size_t joined) const {
    const Piece& piece = PieceOf(joined);
    return piece.source + (joined - piece.joined);
  }
  // The source ranges (offset, length) of joined bytes [from, to), one per
  // line: line ends are kept, so the text keeps its lines for cmark.
  std::vector<std::pair<size_t, size_t>> SourceRanges(size_t from, size_t to) const {
    std::vector<std::pair<size_t, size_t>> ranges;
    while (from < to) {
      size_t line_end = std::min(to, text_.find('\n', from) == std::string::npos ? text_.size() : text_.find('\n', from));
      if (line_end > from) ranges.emplace_back(SourceOffset(from), line_end - from);
      from = line_end + 1;
    }
    return ranges;
  }

 private:
  struct Piece {
    size_t joined;  // where the line starts in text_
    size_t source;  // and in the source
    int line;
  };
  const Piece& PieceOf(size_t joined) const {
    auto after = std::upper_bound(pieces_.begin(), pieces_.end(), joined,
                                  [](size_t at, const Piece& piece) { return at < piece.joined; });
    return *(after - 1);
  }

  std::string text_;
  std::vector<Piece> pieces_;
};

// Where a cut of [from, ...) starts: the spaces before it go too when text
// precedes them on the line, so "*a day {#x}*" leaves "*a day*" (emphasis
// cmark still reads) and not "*a day *".
size_t CutStart(std::string_view text, size_t from) {
  size_t start = from;
  while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '\t')) --start;
  return start == 0 || text[start - 1] == '\n' ? from : start;
}

class BlockScanner {
 public:
  BlockScanner(const SourceFile& source, MarkedBody* marked, DiagnosticSink& sink)
      : source_(source), marked_(marked), sink_(sink) {}

  // A paragraph or heading: the block ending its last line is kept (found
  // again by the converter); every other one is reported and cut, except an
  // image's own (`image_blocks`: source offsets), which the converter reads.
  void ScanBlock(int first, int last, const std::map<size_t, bool>& image_blocks) {
    JoinedLines joined(source_, first, last);
    std::vector<AttributeBlockMatch> blocks = FindAttributeBlocks(joined.text());
    std::erase_if(blocks, [&](const AttributeBlockMatch& block) { return ImageBlock(joined, block, image_blocks); });
    for (size_t i = 0; i < blocks.size(); ++i) {
      AttributeBlockMatch& block = blocks[i];
      bool one_line = joined.LineOf(block.offset) == joined.LineOf(block.end > 0 ? block.end - 1 : 0);
      bool ends_text = i + 1 == blocks.size() && OnlySpacesToLineEnd(joined.text(), block.end) &&
                       joined.LineOf(block.end > 0 ? block.end - 1 : 0) == last;
      if (one_line && ends_text && joined.LineOf(block.offset) == last) {
        if (!FollowsText(joined.text(), block.offset)) {
          Report(DiagCode::E0301, joined, block, "an attribute block must follow the text it marks, but this one stands alone",
                 "put it at the end of the paragraph or list item it belongs to, with no blank line between");
          continue;
        }
        Keep(joined, std::move(block), last);
        continue;
      }
      if (!one_line) {
        Report(DiagCode::E1502, joined, block,
               "an attribute block must be on one line, but this one goes on to line " +
                   std::to_string(joined.LineOf(block.end > 0 ? block.end - 1 : 0)),
               "join its lines: write the whole block at the end of the paragraph's last line");
      } else if (OnlySpacesToLineEnd(joined.text(), block.end)) {
        Report(DiagCode::E0301, joined, block,
               "an attribute block must end its paragraph, but text follows on the next line",
               "move it to the end of the paragraph's last line, or onto a line of its own right after it");
      } else {
        Report(DiagCode::E0301, joined, block,
               "an attribute block can only end a paragraph, list item or heading; text follows this one",
               "move it to the end of the line, or write \\{ to show the brace as text");
      }
    }
  }

  // A table cell cannot carry an attribute block, and its text would be
  // published as it stands, notes for assessors included.
  void ScanTableLine(int line, const std::map<size_t, bool>& image_blocks) {
    JoinedLines joined(source_, line, line);
    for (const AttributeBlockMatch& block : FindAttributeBlocks(joined.text())) {
      if (ImageBlock(joined, block, image_blocks)) continue;
      Report(DiagCode::E0301, joined, block, "an attribute block cannot sit in a table, and would be published as text",
             "remove it; to make the row a commitment, write it as a list item: - ... {#id}");
    }
  }

  // A line no paragraph, heading, table, code or HTML block holds (a link
  // reference definition, whose title shows on links): no block belongs
  // there.
  void ScanOtherLine(int line) {
    JoinedLines joined(source_, line, line);
    for (const AttributeBlockMatch& block : FindAttributeBlocks(joined.text())) {
      Report(DiagCode::E0301, joined, block, "an attribute block cannot sit here, and would be published as text",
             "attribute blocks end a paragraph, list item or heading; remove this one");
    }
  }

 private:
  // Whether `block` follows an image: its "{.decorative}" is left for the
  // converter; any other block there is an error, cut.
  bool ImageBlock(const JoinedLines& joined, const AttributeBlockMatch& block,
                  const std::map<size_t, bool>& image_blocks) {
    auto found = image_blocks.find(joined.SourceOffset(block.offset));
    if (found == image_blocks.end()) return false;
    if (!found->second) {
      bool one_line = joined.LineOf(block.offset) == joined.LineOf(block.end > 0 ? block.end - 1 : 0);
      Report(DiagCode::E1209, joined, block,
             block.error ? "the attribute block after this image is malformed: " + *block.error
                         : "an image takes no attributes but {.decorative}",
             "write ![](images/border.svg){.decorative} for an image that only decorates; describe any other "
             "image in its alt text",
             one_line ? static_cast<int>(block.end - block.offset) : 1);
    }
    return true;
  }

  // Whether text (not just a container's '>' and spaces) precedes `offset`.
  static bool FollowsText(std::string_view text, size_t offset) {
    return text.substr(0, offset).find_first_not_of(" \t\n>") != std::string_view::npos;
  }

  void Keep(const JoinedLines& joined, AttributeBlockMatch block, int line) {
    size_t line_start = source_.LineStart(line);
    size_t offset = joined.SourceOffset(block.offset) - line_start;
    block.error_offset = block.error ? joined.SourceOffset(block.error_offset) - line_start : 0;
    block.offset = offset;
    block.end = block.end > 0 ? joined.SourceOffset(block.end - 1) + 1 - line_start : offset;
    marked_->by_line.emplace(line, std::move(block));
  }

  // Reported at its '{', and cut from what cmark reads, so its notes reach
  // no output (the document is not published, but commitments.json lists
  // its commitments).
  void Report(DiagCode code, const JoinedLines& joined, const AttributeBlockMatch& block, const std::string& message,
              const std::string& hint, int width = 1) {
    sink_.Report(code, source_.LocationOf(joined.SourceOffset(block.offset), width), message, hint);
    for (auto range : joined.SourceRanges(CutStart(joined.text(), block.offset), block.end)) {
      marked_->stray.push_back(range);
    }
  }

  const SourceFile& source_;
  MarkedBody* marked_;
  DiagnosticSink& sink_;
};

// What stands in for a kept block: a space ends any autolink before it.
constexpr std::string_view kAttributeMarkerWithSpace = " \xEF\xB7\x90";
static_assert(kAttributeMarkerWithSpace.substr(1) == kAttributeMarker);

bool IsTable(cmark_node* node) { return std::strcmp(cmark_node_get_type_string(node), "table") == 0; }

// The blocks written right after an image in `block` (a paragraph, heading
// or table), lines first..last, by source offset: true for the one block an
// image takes, "{.decorative}" (exempt from the grammar: the converter
// reads it), false for any other (reported as E1209 and cut). cmark leaves
// such a block as the start of the text after the image; each image so
// followed takes the next block in the source that directly follows a ')'
// or ']'. Should that be another one, it is still an error and cut, and the
// image's own is then judged like any other block: nothing passes unread.
std::map<size_t, bool> ImageBlockOffsets(const SourceFile& source, cmark_node* block, int first, int last) {
  std::map<size_t, bool> offsets;
  int line = first;
  size_t from = 0;
  CmarkIter iter(cmark_iter_new(block));
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_IMAGE) continue;
    cmark_node* next = cmark_node_next(node);
    if (next == nullptr || cmark_node_get_type(next) != CMARK_NODE_TEXT) continue;
    const char* literal = cmark_node_get_literal(next);
    if (literal == nullptr || !LooksLikeAttributeBlockAt(literal, 0)) continue;
    for (; line <= last; ++line, from = 0) {
      std::string_view text = source.Line(line);
      size_t at = text.find('{', from);
      while (at != std::string_view::npos &&
             !(at > 0 && (text[at - 1] == ')' || text[at - 1] == ']') && LooksLikeAttributeBlockAt(text, at))) {
        at = text.find('{', at + 1);
      }
      if (at == std::string_view::npos) continue;
      offsets.emplace(source.LineStart(line) + at, IsDecorativeMarkAt(text, at));
      from = at + 1;
      break;
    }
  }
  return offsets;
}

}  // namespace

MarkedBody MarkAttributeBlocks(const SourceFile& source, std::string_view body, int line_offset,
                               DiagnosticSink& sink) {
  MarkedBody marked;
  CmarkDocument root = ParseWithCmark(body);
  BlockScanner scanner(source, &marked, sink);
  // Lines some block accounts for; the rest are scanned on their own.
  std::vector<char> covered(static_cast<size_t>(source.LineCount()) + 2, 0);
  auto mark = [&](int line) {  // whether the line was not yet covered
    if (line < 1 || line > source.LineCount() || covered[line]) return false;
    return (covered[line] = 1) != 0;
  };
  auto cover = [&](LineSpan lines) {
    for (int line = lines.first; line <= lines.last; ++line) mark(line + line_offset);
  };
  // cmark's iterator walks the tree without recursion, whatever its depth.
  CmarkIter iter(cmark_iter_new(root.get()));
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    cmark_node_type type = cmark_node_get_type(node);
    if (event != CMARK_EVENT_ENTER) continue;
    if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
      LineSpan lines = BlockLines(node);
      if (type == CMARK_NODE_HEADING && cmark_node_get_end_line(node) > lines.last) {
        mark(cmark_node_get_end_line(node) + line_offset);  // a setext heading's underline
      }
      cover(lines);
      int first = lines.first + line_offset, last = lines.last + line_offset;
      scanner.ScanBlock(first, last, ImageBlockOffsets(source, node, first, last));
    } else if (IsTable(node)) {
      // A table right after a paragraph claims the paragraph's line too;
      // that line is the paragraph's, already scanned.
      LineSpan lines = BlockLines(node);
      std::map<size_t, bool> image_blocks =
          ImageBlockOffsets(source, node, lines.first + line_offset, lines.last + line_offset);
      for (int line = lines.first; line <= lines.last; ++line) {
        if (mark(line + line_offset)) scanner.ScanTableLine(line + line_offset, image_blocks);
      }
    } else if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK) {
      // Code is published as written; raw HTML is not published at all.
      cover(BlockLines(node));
    }
  }
  for (int line = line_offset + 1; line <= source.LineCount(); ++line) {
    if (!covered[line]) scanner.ScanOtherLine(line);
  }
  // Edits as (source offset, length, replacement), applied in one pass
  // from the first (replacing each in place would move the rest of the
  // text every time: quadratic in a document of many blocks).
  std::vector<std::tuple<size_t, size_t, std::string_view>> edits;
  for (const auto& [line, match] : marked.by_line) {
    edits.emplace_back(source.LineStart(line) + match.offset, source.Line(line).size() - match.offset,
                       kAttributeMarkerWithSpace);
  }
  for (auto [offset, length] : marked.stray) edits.emplace_back(offset, length, "");
  std::sort(edits.begin(), edits.end());
  const size_t body_start = source.LineStart(line_offset + 1);
  std::string text;
  text.reserve(body.size());
  size_t copied = 0;  // in `body`
  for (const auto& [offset, length, replacement] : edits) {
    size_t at = offset - body_start;
    if (at < copied) continue;  // overlaps an edit already made (never expected)
    text.append(body.substr(copied, at - copied)).append(replacement);
    copied = at + length;
  }
  text.append(body.substr(std::min(copied, body.size())));
  marked.text = std::move(text);
  return marked;
}

}  // namespace charterc
