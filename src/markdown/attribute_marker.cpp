#include "markdown/attribute_marker.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <tuple>

#include "markdown/cmark_document.h"

namespace charterc {

namespace {

// A block anywhere but at the end of its paragraph's text: an error, so the
// document (and the block's notes for assessors) is not published.
void ReportStrayBlocks(const SourceFile& source, int line, size_t trailing, const std::set<size_t>& image_blocks,
                       MarkedBody* marked, DiagnosticSink& sink) {
  for (auto [open, length] : FindStrayAttributeBlocks(source.Line(line), trailing)) {
    if (image_blocks.count(source.LineStart(line) + open)) continue;  // the image's own, read by the converter
    marked->stray.emplace_back(source.LineStart(line) + open, length);
    sink.Report(DiagCode::E0301, source.LocationOf(source.LineStart(line) + open, 1),
                "an attribute block can only end a paragraph, list item or heading; text follows this one",
                "move it to the end of the line, or write \\{ to show the brace as text");
  }
}

// Records the block that ends `line`, and reports blocks on the paragraph's
// earlier lines, which would otherwise show up in the page unnoticed.
void ScanBlockLines(const SourceFile& source, int first, int last, const std::set<size_t>& image_blocks,
                    MarkedBody* marked, DiagnosticSink& sink) {
  for (int line = first; line <= last; ++line) {
    std::optional<AttributeBlockMatch> match = FindTrailingAttributeBlock(source.Line(line));
    // "![](rule.svg){.decorative}" ending a line: the image's block, not the paragraph's.
    if (match && image_blocks.count(source.LineStart(line) + match->offset)) match.reset();
    ReportStrayBlocks(source, line, match ? match->offset : std::string_view::npos, image_blocks, marked, sink);
    if (!match) continue;
    if (line == last) {
      marked->by_line.emplace(line, std::move(*match));
    } else if (!match->error) {
      sink.Report(DiagCode::E0301, source.LocationOf(source.LineStart(line) + match->offset, 1),
                  "an attribute block must end its paragraph, but text follows on the next line",
                  "move it to the end of the paragraph's last line, or onto a line of its own right after it");
    }
  }
}

// A table cell cannot carry an attribute block, and its text would be
// published as it stands, notes for assessors included. A table right after
// a paragraph claims the paragraph's line too; that line is the paragraph's.
void ReportInTable(const SourceFile& source, LineSpan lines, int line_offset, const MarkedBody& marked,
                   DiagnosticSink& sink) {
  for (int line = lines.first + line_offset; line <= lines.last + line_offset; ++line) {
    std::string_view text = source.Line(line);
    size_t open = text.find("{#");
    if (open == std::string_view::npos || marked.by_line.count(line)) continue;
    sink.Report(DiagCode::E0301, source.LocationOf(source.LineStart(line) + open, 1),
                "an attribute block cannot sit in a table, and would be published as text",
                "remove it; to make the row a commitment, write it as a list item: - ... {#id}");
  }
}

// The source offsets of the blocks written right after an image
// (![](rule.svg){.decorative}) in the paragraph or heading `block`: cmark
// leaves such a block as the text after the image, which is how it is
// found; its place in the source is the next ")" + "{" after the image's
// address.
std::set<size_t> ImageBlockOffsets(const SourceFile& source, cmark_node* block, int first, int last) {
  std::set<size_t> offsets;
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
    std::string url = cmark_node_get_url(node) ? cmark_node_get_url(node) : "";
    for (; line <= last; ++line, from = 0) {
      std::string_view text = source.Line(line);
      size_t at = url.empty() ? from : text.find(url, from);
      if (at == std::string_view::npos) continue;
      size_t close = text.find("){", at + url.size());
      if (close == std::string_view::npos) continue;
      offsets.insert(source.LineStart(line) + close + 1);
      from = close + 2;
      break;
    }
  }
  return offsets;
}

}  // namespace

MarkedBody MarkAttributeBlocks(const SourceFile& source, std::string_view body, int line_offset,
                               DiagnosticSink& sink) {
  MarkedBody marked;
  marked.text = std::string(body);
  CmarkDocument root = ParseWithCmark(body);
  // cmark's iterator walks the tree without recursion, whatever its depth.
  CmarkIter iter(cmark_iter_new(root.get()));
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    cmark_node_type type = cmark_node_get_type(node);
    if (event != CMARK_EVENT_ENTER) continue;
    if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
      LineSpan lines = BlockLines(node);
      int first = lines.first + line_offset, last = lines.last + line_offset;
      ScanBlockLines(source, first, last, ImageBlockOffsets(source, node, first, last), &marked, sink);
    } else if (std::strcmp(cmark_node_get_type_string(node), "table") == 0) {
      ReportInTable(source, BlockLines(node), line_offset, marked, sink);
    }
  }
  // Edits as (source offset, length, replacement), applied from the last
  // up, so earlier offsets stay valid.
  std::vector<std::tuple<size_t, size_t, std::string>> edits;
  for (const auto& [line, match] : marked.by_line) {
    edits.emplace_back(source.LineStart(line) + match.offset, source.Line(line).size() - match.offset,
                       " " + std::string(kAttributeMarker));
  }
  for (auto [offset, length] : marked.stray) edits.emplace_back(offset, length, "");
  std::sort(edits.begin(), edits.end());
  const size_t body_start = source.LineStart(line_offset + 1);
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
    marked.text.replace(std::get<0>(*it) - body_start, std::get<1>(*it), std::get<2>(*it));
  }
  return marked;
}

}  // namespace charterc
