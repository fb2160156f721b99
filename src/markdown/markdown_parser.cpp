#include "markdown/markdown_parser.h"

#include <cmark-gfm-core-extensions.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>

#include "markdown/attribute_block.h"
#include "markdown/attribute_marker.h"
#include "markdown/cmark_document.h"
#include "model/fact_placeholders.h"
#include "model/link_path.h"
#include "model/link_policy.h"

namespace charterc {

namespace {

// Deeper nesting than this (quotes in quotes, emphasis in emphasis) is read
// as plain text: no real charter needs it, and every later stage walks the
// model recursively, so the cap keeps hostile input from exhausting the stack.
constexpr int kMaxNesting = 40;

// Documents and their translations lie in charters/, one folder below the
// project: a link's "../" climbs to the project folder, a second one out.
constexpr int kDocumentDepth = 1;

// All text under `node`, gathered without recursion.
std::string FlatText(cmark_node* node) {
  std::string text;
  CmarkIter iter(cmark_iter_new(node));
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* child = cmark_iter_get_node(iter.get());
    if (event != CMARK_EVENT_ENTER) continue;
    if (const char* literal = cmark_node_get_literal(child)) {
      if (!text.empty() && cmark_node_get_type(child) != CMARK_NODE_TEXT) text += ' ';
      text += literal;
    }
  }
  return text;
}

bool TypeIs(cmark_node* node, const char* name) { return std::strcmp(cmark_node_get_type_string(node), name) == 0; }

std::string Literal(cmark_node* node) {
  const char* literal = cmark_node_get_literal(node);
  return literal ? literal : "";
}

class TreeConverter {
 public:
  TreeConverter(const SourceFile& source, int line_offset, std::map<int, AttributeBlockMatch> attribute_blocks,
                DiagnosticSink& sink)
      : source_(source), line_offset_(line_offset), attribute_blocks_(std::move(attribute_blocks)), sink_(sink) {}

  std::vector<Block> ConvertChildren(cmark_node* parent) {
    std::vector<Block> blocks;
    ++depth_;
    for (cmark_node* child = cmark_node_first_child(parent); child; child = cmark_node_next(child)) {
      if (auto block = ConvertBlock(child)) blocks.push_back(std::move(*block));
    }
    --depth_;
    return blocks;
  }

 private:
  int FileLine(int cmark_line) const { return cmark_line + line_offset_; }

  std::optional<Block> ConvertBlock(cmark_node* node) {
    Block block;
    LineSpan lines = BlockLines(node);
    first_line_ = FileLine(lines.first);
    last_line_ = FileLine(lines.last);
    block.location = source_.Find(first_line_, "");
    block.last_line = last_line_;
    // Cells share their row's line; the row resets the search for all of them.
    if (!TypeIs(node, "table_cell")) cursor_ = {first_line_, 0};
    if (depth_ > kMaxNesting) return Flattened(node, std::move(block));
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_PARAGRAPH:
        block.kind = BlockKind::Paragraph;
        return WithInlines(node, std::move(block));
      case CMARK_NODE_HEADING:
        block.kind = BlockKind::Heading;
        block.level = cmark_node_get_heading_level(node);
        return WithInlines(node, std::move(block));
      case CMARK_NODE_LIST:
        block.kind = BlockKind::List;
        block.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        block.start = cmark_node_get_list_start(node);
        block.tight = cmark_node_get_list_tight(node) != 0;
        block.children = ConvertChildren(node);
        if (block.ordered) NumberItems(&block);
        return block;
      case CMARK_NODE_ITEM:
        return ListItem(node, std::move(block));
      case CMARK_NODE_BLOCK_QUOTE:
        block.kind = BlockKind::BlockQuote;
        block.children = ConvertChildren(node);
        return block;
      case CMARK_NODE_CODE_BLOCK:
        block.kind = BlockKind::CodeBlock;
        block.literal = Literal(node);
        block.info = cmark_node_get_fence_info(node) ? cmark_node_get_fence_info(node) : "";
        return block;
      case CMARK_NODE_THEMATIC_BREAK:
        block.kind = BlockKind::ThematicBreak;
        return block;
      case CMARK_NODE_HTML_BLOCK:
        ReportRawHtml(block.location);
        return std::nullopt;
      default:
        return ExtensionBlock(node, std::move(block));
    }
  }

  std::optional<Block> ExtensionBlock(cmark_node* node, Block block) {
    if (TypeIs(node, "table")) {
      block.kind = BlockKind::Table;
      uint16_t columns = cmark_gfm_extensions_get_table_columns(node);
      const uint8_t* aligns = cmark_gfm_extensions_get_table_alignments(node);
      for (uint16_t i = 0; i < columns; ++i) {
        char a = aligns ? static_cast<char>(aligns[i]) : 0;
        block.alignments.push_back(a == 'l' ? CellAlign::Left : a == 'c' ? CellAlign::Center
                                                                          : a == 'r' ? CellAlign::Right
                                                                                     : CellAlign::None);
      }
      block.children = ConvertChildren(node);
      return block;
    }
    // cmark-gfm names the header row "table_header" and the others "table_row".
    if (TypeIs(node, "table_row") || TypeIs(node, "table_header")) {
      block.kind = BlockKind::TableRow;
      block.header = cmark_gfm_extensions_get_table_row_is_header(node) != 0;
      block.children = ConvertChildren(node);
      return block;
    }
    if (TypeIs(node, "table_cell")) {
      block.kind = BlockKind::TableCell;
      block.inlines = ConvertInlines(node);
      return block;
    }
    return std::nullopt;
  }

  Block Flattened(cmark_node* node, Block block) {
    ReportTooDeep(block.location);
    block.kind = BlockKind::Paragraph;
    AppendPlain(WithoutMarkers(FlatText(node)), &block.inlines);
    return block;
  }

  // Text flattened past the nesting limit keeps no attribute blocks (their
  // text was cut before parsing; only their markers remain to remove).
  static std::string WithoutMarkers(std::string text) {
    for (size_t at = text.find(kAttributeMarker); at != std::string::npos; at = text.find(kAttributeMarker, at)) {
      text.erase(at, kAttributeMarker.size());
    }
    return text;
  }

  void ReportTooDeep(const SourceLocation& at) {
    if (reported_too_deep_) return;
    reported_too_deep_ = true;
    sink_.Report(DiagCode::W0308, at,
                 "content nested more than " + std::to_string(kMaxNesting) + " levels deep is shown as plain text",
                 "use fewer levels of quotes, lists or emphasis");
  }

  Block WithInlines(cmark_node* node, Block block) {
    block.inlines = ConvertInlines(node);
    AttachAttributes(&block);
    return block;
  }

  // cmark keeps only a list's first number: each item's own number is read
  // again from its source line ("5." or "5)"), so a list that skips or
  // repeats a number is published as written.
  void NumberItems(Block* list) {
    int expected = list->start;
    for (Block& item : list->children) {
      std::string_view line = source_.Line(item.location.line);
      size_t at = source_.ByteInLine(item.location);
      while (at < line.size() && (line[at] == ' ' || line[at] == '\t' || line[at] == '>')) ++at;
      int number = 0, digits = 0;
      for (; at < line.size() && digits < 9 && line[at] >= '0' && line[at] <= '9'; ++at, ++digits) {
        number = number * 10 + (line[at] - '0');
      }
      bool marker = digits > 0 && at < line.size() && (line[at] == '.' || line[at] == ')');
      item.number = marker ? number : expected;
      expected = item.number + 1;
    }
  }

  Block ListItem(cmark_node* node, Block block) {
    block.kind = BlockKind::ListItem;
    int first = first_line_;
    block.children = ConvertChildren(node);
    // "- promise {#id}": the block ends the item's paragraph but marks the item.
    for (Block& child : block.children) {
      if (child.kind == BlockKind::Paragraph && child.attributes && !block.attributes) {
        block.attributes = std::move(child.attributes);
        child.attributes.reset();
      }
    }
    block.location = source_.Find(first, "");
    return block;
  }

  // Attaches the attribute block that ended the block's last line (found by
  // MarkAttributeBlocks) and removes its marker from the rendered inlines.
  void AttachAttributes(Block* block) {
    auto it = attribute_blocks_.find(last_line_);
    if (it == attribute_blocks_.end()) return;
    AttributeBlockMatch& match = it->second;
    size_t line_start = source_.LineStart(last_line_);
    if (match.error) {
      sink_.Report(DiagCode::E0301, source_.LocationOf(line_start + match.error_offset, 1), *match.error, match.hint);
    } else {
      match.attributes.location = source_.LocationOf(line_start + match.offset, 1);
      block->attributes = std::move(match.attributes);
    }
    StripMarker(&block->inlines);
  }

  // The marker ends the block's last text; a block on a line of its own
  // also leaves the line break before it.
  static void StripMarker(std::vector<Inline>* level) {
    if (level->empty() || level->back().kind != InlineKind::Text) return;
    std::string& text = level->back().text;
    size_t at = text.rfind(kAttributeMarker);
    if (at == std::string::npos) return;
    text.erase(at);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
    if (text.empty()) level->pop_back();
    while (!level->empty() &&
           (level->back().kind == InlineKind::SoftBreak || level->back().kind == InlineKind::LineBreak)) {
      level->pop_back();
    }
  }

  std::vector<Inline> ConvertInlines(cmark_node* parent) {
    std::vector<Inline> inlines;
    if (inline_depth_ > kMaxNesting) {
      ReportTooDeep(source_.Find(first_line_, ""));
      AppendPlain(WithoutMarkers(FlatText(parent)), &inlines);
      return inlines;
    }
    ++inline_depth_;
    for (cmark_node* child = cmark_node_first_child(parent); child; child = cmark_node_next(child)) {
      ConvertInline(child, &inlines);
    }
    --inline_depth_;
    return inlines;
  }

  void ConvertInline(cmark_node* node, std::vector<Inline>* out) {
    Inline item;
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT: return AppendText(TextAfterImageBlock(Literal(node)), out);
      case CMARK_NODE_CODE: item.kind = InlineKind::Code; item.text = Literal(node); break;
      case CMARK_NODE_SOFTBREAK: item.kind = InlineKind::SoftBreak; break;
      case CMARK_NODE_LINEBREAK: item.kind = InlineKind::LineBreak; break;
      case CMARK_NODE_EMPH: item.kind = InlineKind::Emphasis; item.children = ConvertInlines(node); break;
      case CMARK_NODE_STRONG: item.kind = InlineKind::Strong; item.children = ConvertInlines(node); break;
      case CMARK_NODE_LINK: return AppendLink(node, out);
      case CMARK_NODE_IMAGE: return AppendImage(node, out);
      case CMARK_NODE_HTML_INLINE: return ReportRawHtml(Locate(Literal(node)));
      default:
        if (!TypeIs(node, "strikethrough")) return;
        item.kind = InlineKind::Strikethrough;
        item.children = ConvertInlines(node);
        break;
    }
    out->push_back(std::move(item));
  }

  void AppendLink(cmark_node* node, std::vector<Inline>* out) {
    std::string url = cmark_node_get_url(node) ? cmark_node_get_url(node) : "";
    std::vector<Inline> children = ConvertInlines(node);
    SourceLocation at = Locate(url);
    // A path out of the project or to a file of the machine: an error, and
    // the link is not published (model/link_path.h).
    if (std::optional<LinkPathProblem> problem = CheckLinkPath(url, kDocumentDepth)) {
      sink_.Report(problem->code, at, problem->message, problem->hint);
      out->insert(out->end(), children.begin(), children.end());
      return;
    }
    if (!IsSafeLinkUrl(url)) {
      // Spaces and control characters are refused before any scheme is
      // read (they can hide one): say which of the two it was.
      bool blank = std::any_of(url.begin(), url.end(), [](unsigned char c) { return c < 0x21 || c == 0x7f; });
      if (blank) {
        sink_.Report(DiagCode::W0601, at, "link to '" + url + "' was dropped: it holds a space or a control character",
                     "write a space in a link as %20, and remove any other invisible character");
      } else {
        sink_.Report(DiagCode::W0601, at, "link to '" + url + "' was dropped: its scheme is not allowed",
                     "use an https:, mailto: or tel: link, or a relative link such as standards.md#email-response");
      }
      out->insert(out->end(), children.begin(), children.end());
      return;
    }
    Inline link;
    link.kind = InlineKind::Link;
    link.text = url;
    link.title = cmark_node_get_title(node) ? cmark_node_get_title(node) : "";
    link.children = std::move(children);
    link.location = at;
    out->push_back(std::move(link));
  }

  // ![alt](address "title"), and the attribute block written right after
  // it ({.decorative}), which cmark leaves as the start of the next text.
  // Whether the file is there and may be published is the loader's
  // question (project/image_loader.h); what the author must write is asked here.
  void AppendImage(cmark_node* node, std::vector<Inline>* out) {
    Inline image;
    image.kind = InlineKind::Image;
    image.location = Locate("![");
    image.children = ConvertInlines(node);
    image.text = cmark_node_get_url(node) ? cmark_node_get_url(node) : "";
    image.title = cmark_node_get_title(node) ? cmark_node_get_title(node) : "";
    Locate(image.text);
    cmark_node* next = cmark_node_next(node);
    if (next != nullptr && cmark_node_get_type(next) == CMARK_NODE_TEXT && LooksLikeAttributeBlockAt(Literal(next), 0)) {
      ReadImageBlock(Literal(next), &image);
    }
    CheckAltText(image);
    out->push_back(std::move(image));
  }

  // Only {.decorative} applies to an image; the block is cut from the text.
  void ReadImageBlock(const std::string& text, Inline* image) {
    size_t end = 0;
    AttributeBlockMatch match = ParseAttributeBlockAt(text, 0, &end);
    skip_next_text_ = end;
    SourceLocation at = Locate(text.substr(0, end));
    const Attributes& attributes = match.attributes;
    bool only_decorative = attributes.id.empty() && attributes.values.empty() && attributes.classes.size() == 1 &&
                           attributes.classes[0] == "decorative";
    if (match.error || !only_decorative) {
      sink_.Report(DiagCode::E1209, at,
                   match.error ? "the attribute block after this image is malformed: " + *match.error
                               : "an image takes no attributes but {.decorative}",
                   "write ![](images/border.svg){.decorative} for an image that only decorates; describe any other "
                   "image in its alt text");
      return;
    }
    image->decorative = true;
    if (!Trimmed(PlainText(image->children)).empty()) {
      sink_.Report(DiagCode::E1209, at, "an image marked {.decorative} has alt text",
                   "a decorative image says nothing to a reader: remove the alt text, or remove {.decorative} if "
                   "the image tells something the text does not");
    }
  }

  // An image must say what it shows (WCAG 1.1.1), or be marked decorative.
  void CheckAltText(const Inline& image) {
    if (image.decorative) return;
    std::string alt = Trimmed(PlainText(image.children));
    if (alt.empty()) {
      sink_.Report(DiagCode::E1201, image.location, "image '" + image.text + "' has no alt text",
                   "describe what it shows for readers who cannot see it: ![Library logo: an open book](" +
                       image.text + "); if it only decorates, mark it: ![](" + image.text + "){.decorative}");
      return;
    }
    std::string file = image.text.substr(0, image.text.find_first_of("?#"));
    file = file.substr(file.find_last_of('/') + 1);
    std::string stem = file.substr(0, file.rfind('.'));
    if (!file.empty() && (SameLetters(alt, file) || SameLetters(alt, stem))) {
      sink_.Report(DiagCode::W1211, image.location, "the alt text of this image is its file name, '" + alt + "'",
                   "say what the image shows or means, e.g. \"Map: the library is beside the town hall\"");
      return;
    }
    // What editors and tools fill in when nobody wrote a description.
    for (const char* placeholder : {"image", "picture", "photo", "graphic", "img", "alt"}) {
      if (!SameLetters(alt, placeholder)) continue;
      sink_.Report(DiagCode::W1211, image.location, "the alt text of this image only says it is an image, '" + alt + "'",
                   "say what the image shows or means, e.g. \"Map: the library is beside the town hall\"");
    }
  }

  static std::string Trimmed(const std::string& text) {
    size_t start = text.find_first_not_of(" \t\n");
    if (start == std::string::npos) return "";
    return text.substr(start, text.find_last_not_of(" \t\n") - start + 1);
  }

  // Case-insensitive for ASCII letters, enough for a file name.
  static bool SameLetters(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    }
    return true;
  }

  // The text after an image loses the image's attribute block.
  std::string TextAfterImageBlock(std::string text) {
    if (skip_next_text_ > 0) text.erase(0, std::min(skip_next_text_, text.size()));
    skip_next_text_ = 0;
    return text;
  }

  // Splits text on {{ name }} placeholders.
  void AppendText(const std::string& text, std::vector<Inline>* out) {
    SplitFactPlaceholders(
        text, [&](std::string_view plain) { AppendPlain(std::string(plain), out); },
        [&](const std::string& name, std::string_view written) {
          Inline fact;
          fact.kind = InlineKind::Fact;
          fact.text = name;
          fact.location = Locate(std::string(written));
          out->push_back(std::move(fact));
        });
  }

  // Adjacent text is merged, so attribute blocks and facts are whole strings.
  static void AppendPlain(const std::string& text, std::vector<Inline>* out) {
    if (text.empty()) return;
    if (!out->empty() && out->back().kind == InlineKind::Text) {
      out->back().text += text;
      return;
    }
    Inline item;
    item.text = text;
    out->push_back(std::move(item));
  }

  // Where `needle` next appears in the current block's lines. Inlines are
  // converted in source order, so each search starts where the previous one
  // ended and two links to the same place point at their own positions.
  // (cmark-gfm's inline positions are not reliable enough to use instead.)
  SourceLocation Locate(const std::string& needle) {
    for (int line = cursor_.line; !needle.empty() && line <= last_line_; ++line) {
      size_t from = line == cursor_.line ? cursor_.byte : 0;
      size_t at = source_.Line(line).find(needle, from);
      if (at == std::string_view::npos) continue;
      cursor_ = {line, at + needle.size()};
      return source_.Find(line, needle, at);
    }
    return source_.Find(first_line_, "");
  }

  void ReportRawHtml(SourceLocation at) {
    sink_.Report(DiagCode::W0602, std::move(at), "raw HTML is not published and was dropped",
                 "write it in Markdown instead: **bold**, [text](https://...), lists and tables");
  }

  struct Cursor {
    int line = 1;
    size_t byte = 0;
  };

  const SourceFile& source_;
  int line_offset_;
  std::map<int, AttributeBlockMatch> attribute_blocks_;  // by file line
  DiagnosticSink& sink_;
  int first_line_ = 1;
  int last_line_ = 1;
  Cursor cursor_;
  int depth_ = 0;
  int inline_depth_ = 0;
  bool reported_too_deep_ = false;
  size_t skip_next_text_ = 0;  // bytes of the next text that were an image's attribute block
};

}  // namespace

void ParseMarkdownBody(const SourceFile& source, const FrontMatterSplit& split, Document* doc,
                       DiagnosticSink& sink) {
  std::string_view body = std::string_view(source.text()).substr(split.closed ? split.body_offset : 0);
  int line_offset = split.closed ? split.body_first_line - 1 : 0;
  MarkedBody marked = MarkAttributeBlocks(source, body, line_offset, sink);
  CmarkDocument root = ParseWithCmark(marked.text);
  doc->blocks = TreeConverter(source, line_offset, std::move(marked.by_line), sink).ConvertChildren(root.get());
}

}  // namespace charterc
