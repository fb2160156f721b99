#include "render/plain_text.h"

#include <algorithm>

#include "i18n/dates.h"
#include "i18n/locale_info.h"
#include "i18n/line_wrap.h"
#include "i18n/list_format.h"
#include "model/link_policy.h"
#include "render/criterion_links.h"
#include "render/meta_text.h"
#include "render/model_walker.h"

namespace charterc {

namespace {

class PlainTextWriter final : public ModelHandler {
 public:
  explicit PlainTextWriter(const RenderContext& context) : context_(context) {}

  std::string Write() {
    const DocumentMeta& meta = context_.document.meta;
    Heading(TitleText(context_, context_.document), '=');
    Paragraph(context_.strings.Format(std::string("type-") + DocumentTypeName(meta.type)));
    if (!meta.summary.empty()) {
      // Walked as a paragraph of the body is, so a link gets its note.
      text_.clear();
      WalkInlines(SummaryInlines(meta), *this);
      Paragraph(text_);
    }
    Details();
    WalkBlocks(context_.document.blocks, *this);
    Notes();
    return out_;
  }

  void EnterBlock(const Block& block) override {
    switch (block.kind) {
      case BlockKind::List: lists_.push_back(ListState{block.ordered, block.start}); break;
      case BlockKind::ListItem: StartItem(block); break;
      case BlockKind::BlockQuote: ++quotes_; break;
      case BlockKind::TableRow: cells_.clear(); break;
      default: break;
    }
    text_.clear();
    if (block.commitment) {
      label_ = LabelledText(context_.strings.Format("commitment-number", {{"number", ++commitments_}}), "");
    }
    // The label opens the commitment's first text, in a loose list item's paragraph too.
    if (!block.inlines.empty() && !label_.empty()) {
      text_ = label_;
      label_.clear();
    }
  }

  void ExitBlock(const Block& block) override {
    switch (block.kind) {
      case BlockKind::Heading: Heading(text_, block.level == 2 ? '-' : '~'); break;
      case BlockKind::Paragraph: Paragraph(text_); break;
      case BlockKind::ListItem:
        if (!block.inlines.empty()) Paragraph(text_);
        if (!lists_.empty()) ++lists_.back().number;
        marker_.clear();
        break;
      case BlockKind::List: lists_.pop_back(); break;
      case BlockKind::BlockQuote: --quotes_; break;
      case BlockKind::CodeBlock: Code(block.literal); break;
      case BlockKind::ThematicBreak: Paragraph("* * *"); break;
      case BlockKind::TableCell: cells_.push_back(text_); break;
      case BlockKind::TableRow: Row(block.header); break;
      case BlockKind::Table: headers_.clear(); break;
    }
    if (block.commitment) Refs(context_.document.commitments[*block.commitment]);
    text_.clear();
  }

  void EnterInline(const Inline& node) override {
    switch (node.kind) {
      case InlineKind::Text:
      case InlineKind::Code: text_ += node.text; break;
      case InlineKind::SoftBreak: text_ += ' '; break;
      case InlineKind::LineBreak: text_ += '\n'; break;
      case InlineKind::Fact: text_ += FormattedFact(context_, node.text); break;
      // An image is its alt text, in brackets; a decorative one is nothing.
      case InlineKind::Image: if (!node.children.empty()) text_ += '['; break;
      default: break;
    }
  }

  void ExitInline(const Inline& node) override {
    if (node.kind == InlineKind::Image && !node.children.empty()) text_ += ']';
    if (node.kind != InlineKind::Link) return;
    std::string shown = PlainText(node.children);
    std::string scheme = LinkScheme(node.text);
    // An address shown as itself needs no note.
    if (node.text == shown || (scheme == "mailto" && node.text == "mailto:" + shown)) return;
    notes_.push_back(DocumentHref(node.text, ".txt"));
    text_ += " [" + Counter(static_cast<int64_t>(notes_.size())) + "]";
  }

 private:
  struct ListState {
    bool ordered = false;
    int number = 1;
  };

  // "Owner: Library Services", with the language's own punctuation.
  std::string LabelledText(const std::string& label, const std::string& value) const {
    return context_.strings.Format("label-value", {{"label", icu::Formattable(icu::UnicodeString::fromUTF8(label))},
                                                   {"value", icu::Formattable(icu::UnicodeString::fromUTF8(value))}});
  }
  std::string Labelled(const char* key, const std::string& value) const {
    return LabelledText(context_.strings.Format(key), value);
  }

  std::string Counter(int64_t number) const { return FormatCounter(number, context_.strings.locale()); }

  // An ordered item keeps the source's number, a commitment's too (it is a
  // clause); an unordered commitment is labelled instead of bulleted.
  void StartItem(const Block& block) {
    if (lists_.empty()) return;
    ListState& list = lists_.back();
    if (list.ordered && block.number > 0) list.number = block.number;
    if (list.ordered) {
      marker_ = Counter(list.number) + ". ";
    } else if (!block.commitment) {
      marker_ = "- ";
    }
  }

  // Four columns per quote level, at most four levels: deeper quoting
  // would leave no room for the text.
  std::string Indent() const { return std::string(static_cast<size_t>(std::min(quotes_, 4) * 4), ' '); }

  void Blank() {
    if (!out_.empty() && out_.compare(out_.size() - 2, 2, "\n\n") != 0) out_ += '\n';
  }

  void Heading(const std::string& text, char underline) {
    Blank();
    for (const std::string& line : WrapText(text, context_.strings.locale(), kPlainTextWidth)) {
      out_ += line + "\n";
      out_ += std::string(static_cast<size_t>(ColumnWidth(line)), underline) + "\n";
    }
  }

  // Wrapped with the list marker on the first line and a hanging indent.
  // `joined`: continues the previous paragraph, with no blank line between.
  void Paragraph(const std::string& text, bool joined = false) {
    if (text.empty()) return;
    if (!joined) Blank();
    std::string first = Indent() + std::string(lists_.size() > 1 ? (lists_.size() - 1) * 2 : 0, ' ') + marker_;
    std::string rest(first.size(), ' ');
    int width = kPlainTextWidth - ColumnWidth(first);
    std::vector<std::string> lines = WrapText(text, context_.strings.locale(), width);
    for (size_t i = 0; i < lines.size(); ++i) out_ += (i == 0 ? first : rest) + lines[i] + "\n";
    marker_.clear();
  }

  void Code(const std::string& literal) {
    Blank();
    size_t start = 0;
    while (start < literal.size()) {
      size_t end = literal.find('\n', start);
      if (end == std::string::npos) end = literal.size();
      out_ += Indent() + "    " + literal.substr(start, end - start) + "\n";
      start = end + 1;
    }
  }

  // A table read row by row: "Header: value" for each cell.
  void Row(bool header) {
    if (header) {
      headers_ = cells_;
      return;
    }
    std::string row;
    for (size_t i = 0; i < cells_.size(); ++i) {
      bool labelled = i < headers_.size() && !headers_[i].empty();
      row += (i == 0 ? "" : "\n") + (labelled ? LabelledText(headers_[i], cells_[i]) : cells_[i]);
    }
    Paragraph(row);
  }

  void Refs(const Commitment& commitment) {
    std::vector<std::string> criteria;
    for (const Ref& ref : commitment.refs) {
      if (ref.kind == Ref::Kind::Criterion) criteria.push_back(CriterionLabel(ref.framework, ref.criterion));
    }
    if (criteria.empty()) return;
    Paragraph(Labelled("meets", FormatList(criteria, context_.strings.locale())), /*joined=*/true);
  }

  void Details() {
    const DocumentMeta& meta = context_.document.meta;
    std::string details;
    auto line = [&](const char* key, const std::string& value) {
      if (!value.empty()) details += (details.empty() ? "" : "\n") + Labelled(key, value);
    };
    line("owner", meta.owner);
    line("reviewed", FormatIsoDate(meta.reviewed, context_.strings.locale()));
    line("next-review", FormatIsoDate(meta.next_review, context_.strings.locale()));
    std::string scheme = LinkScheme(meta.contact);
    line("contact", scheme == "mailto" || scheme == "tel" ? meta.contact.substr(scheme.size() + 1) : meta.contact);
    Paragraph(details);
  }

  void Notes() {
    if (notes_.empty()) return;
    Heading(context_.strings.Format("links"), '-');
    Blank();
    for (size_t i = 0; i < notes_.size(); ++i) {
      out_ += "[" + Counter(static_cast<int64_t>(i + 1)) + "] " + notes_[i] + "\n";
    }
  }

  const RenderContext& context_;
  std::string out_;
  std::string text_;    // the current block's text
  std::string marker_;  // "- " or "3. " waiting for the item's first line
  std::string label_;   // "Commitment 3: " waiting for the commitment's first text
  int quotes_ = 0;      // block quotes the current block is in
  std::vector<ListState> lists_;
  std::vector<std::string> cells_, headers_;
  std::vector<std::string> notes_;  // link addresses, numbered from 1
  int commitments_ = 0;
};

}  // namespace

std::string RenderPlainText(const RenderContext& context) { return PlainTextWriter(context).Write(); }

}  // namespace charterc
