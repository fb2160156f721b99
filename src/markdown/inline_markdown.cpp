#include "markdown/inline_markdown.h"

#include <algorithm>
#include <cstring>

#include "base/source_file.h"
#include "markdown/front_matter.h"
#include "markdown/markdown_parser.h"
#include "model/document.h"

namespace charterc {

namespace {

class MarkdownWriter {
 public:
  std::string Write(const std::vector<Inline>& inlines) {
    WriteAll(inlines);
    return std::move(out_);
  }

 private:
  void WriteAll(const std::vector<Inline>& inlines) {
    for (const Inline& item : inlines) Write(item);
  }

  void Write(const Inline& item) {
    switch (item.kind) {
      case InlineKind::Text: return Text(item.text);
      case InlineKind::Code: return Code(item.text);
      case InlineKind::Emphasis: return Wrap("*", item.children);
      case InlineKind::Strong: return Wrap("**", item.children);
      case InlineKind::Strikethrough: return Wrap("~~", item.children);
      case InlineKind::Link: return Link(item);
      case InlineKind::Image:
        out_ += '!';
        Link(item);
        if (item.decorative) out_ += "{.decorative}";
        return;
      case InlineKind::SoftBreak: return Text(" ");
      case InlineKind::LineBreak:
        out_ += "\\\n";
        line_start_ = true;
        return;
      case InlineKind::Fact:
        out_ += "{{ " + item.text + " }}";
        line_start_ = false;
        return;
    }
  }

  void Wrap(const char* marker, const std::vector<Inline>& children) {
    out_ += marker;
    line_start_ = false;
    WriteAll(children);
    out_ += marker;
  }

  // Backslash escapes for every ASCII punctuation character that can open
  // or close inline syntax, and for the few that open a block at the start
  // of a line ("# ", "- ", "1. ").
  void Text(const std::string& text) {
    static constexpr const char* kInlineSyntax = "\\`*_[]<>!&~|}";
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      // An opening brace as a character reference: attribute blocks
      // ({#id}) and facts ({{ name }}) are found before backslash escapes
      // are applied, character references after.
      if (c == '{') {
        out_ += "&#123;";
        line_start_ = false;
        continue;
      }
      bool block_marker = line_start_ && std::strchr("#-+=>", c) != nullptr;
      bool ordered_marker = (c == '.' || c == ')') && LineSoFarIsDigits();
      if (std::strchr(kInlineSyntax, c) != nullptr || block_marker || ordered_marker) out_ += '\\';
      out_ += c;
      if (c != ' ') line_start_ = false;
    }
  }

  bool LineSoFarIsDigits() const {
    size_t start = out_.rfind('\n');
    start = start == std::string::npos ? 0 : start + 1;
    return start < out_.size() &&
           std::all_of(out_.begin() + static_cast<std::ptrdiff_t>(start), out_.end(),
                       [](char c) { return c >= '0' && c <= '9'; });
  }

  // A run of backticks longer than any inside the code; a space on each
  // side when the code starts or ends with a backtick or a space.
  void Code(const std::string& code) {
    size_t longest = 0, run = 0;
    for (char c : code) {
      run = c == '`' ? run + 1 : 0;
      longest = std::max(longest, run);
    }
    std::string fence(longest + 1, '`');
    bool pad = !code.empty() && (code.front() == '`' || code.back() == '`' || code.front() == ' ');
    out_ += fence + (pad ? " " : "") + code + (pad ? " " : "") + fence;
    line_start_ = false;
  }

  void Link(const Inline& link) {
    // An address shown as itself reads best as an autolink: <help@example.org>.
    if (link.kind == InlineKind::Link && link.title.empty() && link.children.size() == 1 && link.children[0].kind == InlineKind::Text &&
        (link.text == link.children[0].text || link.text == "mailto:" + link.children[0].text) &&
        link.text.find_first_of(" <>") == std::string::npos) {
      out_ += "<" + link.children[0].text + ">";
      line_start_ = false;
      return;
    }
    out_ += '[';
    line_start_ = false;
    WriteAll(link.children);
    out_ += "](";
    bool angle = link.text.find_first_of(" ()<>") != std::string::npos;
    out_ += angle ? "<" + link.text + ">" : link.text;
    if (!link.title.empty()) {
      out_ += " \"";
      for (char c : link.title) {
        if (c == '"' || c == '\\') out_ += '\\';
        out_ += c;
      }
      out_ += '"';
    }
    out_ += ')';
  }

  std::string out_;
  bool line_start_ = true;
};

void AppendBlockInlines(const Block& block, std::vector<Inline>* out) {
  if (!block.inlines.empty()) {
    if (!out->empty()) out->push_back(Inline{InlineKind::LineBreak, "", "", {}, {}, false});
    out->insert(out->end(), block.inlines.begin(), block.inlines.end());
  }
  for (const Block& child : block.children) AppendBlockInlines(child, out);
}

// The model's nesting is capped by the Markdown stage, so this recursion is
// bounded.
void ShiftLines(std::vector<Inline>* inlines, int shift) {
  for (Inline& item : *inlines) {
    if (item.location.line > 0) item.location.line += shift;
    ShiftLines(&item.children, shift);
  }
}

}  // namespace

std::string InlinesToMarkdown(const std::vector<Inline>& inlines) { return MarkdownWriter().Write(inlines); }

std::vector<Inline> ParseInlineMarkdown(const std::string& path, const std::string& text, int first_line,
                                        DiagnosticSink& sink) {
  // The text is parsed alone, and every location the Markdown stage reports
  // is then moved down to its line of `path`. (Blank lines put in front
  // instead made each unit cost as much as the lines above it: a PO file
  // of many units took time quadratic in its length.)
  SourceFile fragment(path, text);
  Document doc;
  DiagnosticSink own;
  ParseMarkdownBody(fragment, FrontMatterSplit{}, &doc, own);
  const int shift = std::max(first_line - 1, 0);
  for (Diagnostic& diagnostic : own.Sorted()) {
    if (diagnostic.location.line > 0) diagnostic.location.line += shift;
    sink.Report(diagnostic.code, diagnostic.location, diagnostic.message, diagnostic.hint, diagnostic.details);
  }
  std::vector<Inline> inlines;
  for (const Block& block : doc.blocks) AppendBlockInlines(block, &inlines);
  ShiftLines(&inlines, shift);
  return inlines;
}

}  // namespace charterc
