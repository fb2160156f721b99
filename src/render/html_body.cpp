#include "render/html_body.h"

#include <string_view>
#include <vector>

#include "output/output_layout.h"
#include "output/url_encoding.h"
#include "i18n/locale_info.h"
#include "model/link_policy.h"
#include "render/criterion_links.h"
#include "render/image_html.h"
#include "render/meta_text.h"
#include "render/model_walker.h"
#include "render/page_template.h"

namespace charterc {

namespace {

class HtmlBodyHandler final : public ModelHandler {
 public:
  HtmlBodyHandler(const RenderContext& context, pugi::xml_node parent, std::string id_prefix = {})
      : context_(context), rtl_(TextDirection(context.strings.locale()) == "rtl"), id_prefix_(std::move(id_prefix)) {
    stack_.push_back(parent);
  }

  void EnterBlock(const Block& block) override {
    if (block.kind == BlockKind::List) tight_lists_.push_back(block.tight);
    if (block.kind == BlockKind::ListItem) item_depth_.push_back(tight_lists_.back());
    // A tight list's paragraphs are bare text in their item, as in cmark.
    if (block.kind == BlockKind::Paragraph && !block.Id() && InTightItem()) {
      // ... unless it must say which language it is in.
      pugi::xml_node host = block.fallback_lang.empty() ? Current() : Append("span");
      if (!block.fallback_lang.empty()) MarkFallback(block, host);
      stack_.push_back(host);
      return;
    }
    pugi::xml_node element = OpenBlock(block);
    if (const std::string* id = block.Id()) element.append_attribute("id") = (id_prefix_ + *id).c_str();
    if (block.commitment) MarkCommitment(block, element);
    if (!block.fallback_lang.empty()) MarkFallback(block, element);
    stack_.push_back(element);
  }

  void ExitBlock(const Block& block) override {
    if (!block.fallback_lang.empty() && block.kind == BlockKind::Paragraph) AppendFallbackNotice(block);
    if (block.commitment) {
      const Commitment& commitment = context_.document.commitments[*block.commitment];
      AppendPermalink(commitment.id);
      AppendRefs(commitment);
    }
    stack_.pop_back();
    if (block.kind == BlockKind::List) {
      tight_lists_.pop_back();
      next_numbers_.pop_back();
    }
    if (block.kind == BlockKind::ListItem) item_depth_.pop_back();
  }

  void EnterInline(const Inline& node) override {
    // A shown image's alt text is its attribute: the walk of its children
    // goes to a scratch node. An image not shown leaves its alt text in
    // the text instead.
    if (node.kind == InlineKind::Image) {
      bool shown = AppendImage(context_, node, Here(), Current());
      stack_.push_back(shown ? scratch_.append_child("alt") : Current());
      return;
    }
    stack_.push_back(OpenInline(node));
  }
  void ExitInline(const Inline&) override { stack_.pop_back(); }

 private:
  pugi::xml_node Current() const { return stack_.back(); }
  // Whether the innermost open block is an item of a tight list.
  bool InTightItem() const {
    return !item_depth_.empty() && item_depth_.back() && Current().name() == std::string_view("li");
  }
  pugi::xml_node Append(const char* name) { return Current().append_child(name); }

  pugi::xml_node OpenBlock(const Block& block) {
    switch (block.kind) {
      case BlockKind::Paragraph: return Append("p");
      case BlockKind::Heading: return Append(("h" + std::to_string(block.level)).c_str());
      case BlockKind::List: return OpenList(block);
      case BlockKind::ListItem: return OpenItem(block);
      case BlockKind::BlockQuote: return Append("blockquote");
      case BlockKind::CodeBlock: {
        pugi::xml_node pre = Append("pre");
        pre.append_child("code").text() = block.literal.c_str();
        return pre;
      }
      case BlockKind::ThematicBreak: return Append("hr");
      case BlockKind::Table:
        table_ = &block;
        return Append("table");
      case BlockKind::TableRow: return OpenRow(block);
      case BlockKind::TableCell: return OpenCell();
    }
    return Append("div");
  }

  pugi::xml_node OpenList(const Block& block) {
    pugi::xml_node list = Append(block.ordered ? "ol" : "ul");
    if (block.ordered && block.start != 1) list.append_attribute("start") = block.start;
    if (block.ordered) SetListNumbering(list, context_.strings.locale());
    next_numbers_.push_back(block.ordered ? block.start : 0);
    return list;
  }

  // An item whose number is not the one a browser would count to carries
  // its own: the source's numbering is published as written.
  pugi::xml_node OpenItem(const Block& item) {
    pugi::xml_node li = Append("li");
    if (!next_numbers_.empty() && next_numbers_.back() > 0 && item.number > 0) {
      if (item.number != next_numbers_.back()) li.append_attribute("value") = item.number;
      next_numbers_.back() = item.number + 1;
    }
    return li;
  }

  pugi::xml_node OpenRow(const Block& row) {
    const char* group = row.header ? "thead" : "tbody";
    pugi::xml_node section = Current().child(group);
    if (!section) section = Current().append_child(group);
    cell_index_ = 0;
    in_header_ = row.header;
    return section.append_child("tr");
  }

  pugi::xml_node OpenCell() {
    pugi::xml_node cell = Append(in_header_ ? "th" : "td");
    if (in_header_) cell.append_attribute("scope") = "col";
    if (table_ != nullptr && cell_index_ < table_->alignments.size()) {
      static constexpr const char* kClasses[] = {nullptr, "align-left", "align-center", "align-right"};
      if (const char* name = kClasses[static_cast<int>(table_->alignments[cell_index_])]) {
        cell.append_attribute("class") = name;
      }
    }
    ++cell_index_;
    return cell;
  }

  // Text left in the source language (not yet translated, or stale): its
  // own lang and dir, so screen readers switch voice and bidi is right.
  void MarkFallback(const Block& block, pugi::xml_node element) {
    SetLanguageAttributes(element, block.fallback_lang);
    pugi::xml_attribute css = element.attribute("class");
    if (!css) css = element.append_attribute("class");
    css = (std::string(css.value()) + (*css.value() ? " " : "") + "fallback").c_str();
  }

  // "(Not yet translated: shown in English.)", in the page's language.
  void AppendFallbackNotice(const Block& block) {
    Current().append_child(pugi::node_pcdata).set_value(" ");
    pugi::xml_node notice = Current().append_child("span");
    notice.append_attribute("class") = "fallback-notice";
    SetLanguageAttributes(notice, context_.document.meta.lang);
    std::string language = LanguageName(block.fallback_lang, context_.strings);
    notice.text() = context_.strings.Format(block.stale ? "stale-notice" : "fallback-notice",
                                            {{"language", icu::Formattable(icu::UnicodeString::fromUTF8(language))}})
                        .c_str();
  }

  void MarkCommitment(const Block& block, pugi::xml_node element) {
    const Commitment& commitment = context_.document.commitments[*block.commitment];
    element.append_attribute("class") = "commitment";
    if (!commitment.dimension.empty()) element.append_attribute("data-dimension") = commitment.dimension.c_str();
  }

  void AppendPermalink(const std::string& id) {
    Current().append_child(pugi::node_pcdata).set_value(" ");
    pugi::xml_node link = Current().append_child("a");
    link.append_attribute("class") = "permalink";
    link.append_attribute("href") = OutputLayout::FragmentHref(id_prefix_ + id).c_str();
    pugi::xml_node hidden = link.append_child("span");
    hidden.append_attribute("class") = "visually-hidden";
    hidden.text() = (context_.strings.Format("commitment-permalink") + " ").c_str();
    AppendIsolated(link, "#" + id_prefix_ + id, rtl_);
  }

  // "Meets CSE 4.2.1 · See also Library Standards": the criteria a
  // commitment serves (linked to the traceability page when its framework
  // is the document's) and the documents it points to.
  void AppendRefs(const Commitment& commitment) {
    std::vector<const Ref*> criteria, documents;
    for (const Ref& ref : commitment.refs) {
      if (ref.kind == Ref::Kind::Criterion) criteria.push_back(&ref);
      else if (ref.kind == Ref::Kind::Document && ref.document != context_.document.name) documents.push_back(&ref);
    }
    if (criteria.empty() && documents.empty()) return;
    Current().append_child(pugi::node_pcdata).set_value(" ");
    pugi::xml_node refs = Current().append_child("span");
    refs.append_attribute("class") = "commitment-refs";
    const std::string& own_framework = context_.project.FrameworkOf(context_.document);
    AppendRefGroup(refs, "meets", criteria, [&](const Ref& ref, pugi::xml_node parent) {
      std::string label = CriterionLabel(ref.framework, ref.criterion);
      if (ref.framework != own_framework) return AppendIsolated(parent, label, rtl_);
      pugi::xml_node link = parent.append_child("a");
      link.append_attribute("href") = OutputLayout::Href(Here(), OutputLayout::Traceability(context_.document.meta.lang),
                                                         CriterionAnchor(ref.framework, ref.criterion))
                                            .c_str();
      AppendIsolated(link, label, rtl_);
    });
    AppendRefGroup(refs, "see-also", documents, [&](const Ref& ref, pugi::xml_node parent) {
      const Document* target = context_.project.FindDocument(ref.document);
      pugi::xml_node link = parent.append_child("a");
      const std::string page = OutputLayout::Document(context_.document.meta.lang, ref.document);
      link.append_attribute("href") = OutputLayout::Href(Here(), page, ref.id).c_str();
      link.text() = (target ? TitleText(context_, *target) : ref.document).c_str();
    });
  }

  // This page's own path under the output folder, which links start from.
  std::string Here() const { return OutputLayout::Document(context_.document.meta.lang, context_.document.name); }

  template <typename AppendOne>
  void AppendRefGroup(pugi::xml_node refs, const char* label_key, const std::vector<const Ref*>& list,
                      AppendOne append_one) {
    if (list.empty()) return;
    if (refs.first_child()) AppendTextTo(refs, " · ");
    pugi::xml_node label = refs.append_child("span");
    label.append_attribute("class") = "refs-label";
    label.text() = context_.strings.Format(label_key).c_str();
    AppendTextTo(refs, " ");
    for (size_t i = 0; i < list.size(); ++i) {
      if (i > 0) AppendTextTo(refs, ", ");
      append_one(*list[i], refs);
    }
  }

  static void AppendTextTo(pugi::xml_node parent, const std::string& text) {
    parent.append_child(pugi::node_pcdata).set_value(text.c_str());
  }

  pugi::xml_node OpenInline(const Inline& node) {
    switch (node.kind) {
      case InlineKind::Text: return AppendText(node.text);
      case InlineKind::SoftBreak: return AppendText("\n");
      case InlineKind::LineBreak: Append("br"); return Current();
      case InlineKind::Code: {
        pugi::xml_node code = Append("code");
        code.text() = node.text.c_str();
        // Code reads left to right, isolated from right-to-left text around it.
        if (rtl_) code.append_attribute("dir") = "ltr";
        return code;
      }
      case InlineKind::Emphasis: return Append("em");
      case InlineKind::Strong: return Append("strong");
      case InlineKind::Strikethrough: return Append("del");
      case InlineKind::Link: return OpenLink(node);
      case InlineKind::Fact: return AppendFact(node);
      case InlineKind::Image: return Current();  // see EnterInline
    }
    return Current();
  }

  // Text is a leaf: the walker's exit pops the same node it entered.
  pugi::xml_node AppendText(const std::string& text) {
    Current().append_child(pugi::node_pcdata).set_value(text.c_str());
    return Current();
  }

  pugi::xml_node OpenLink(const Inline& node) {
    pugi::xml_node link = Append("a");
    link.append_attribute("href") = HtmlHref(node.text).c_str();
    if (!node.title.empty()) link.append_attribute("title") = node.title.c_str();
    // In right-to-left text, an address or a Latin link text is its own
    // bidi run (dir isolates it) instead of being reordered with its
    // surroundings.
    if (rtl_) link.append_attribute("dir") = "auto";
    return link;
  }

  pugi::xml_node AppendFact(const Inline& node) {
    pugi::xml_node span = Append("span");
    span.append_attribute("class") = "fact";
    span.append_attribute("data-fact") = node.text.c_str();
    // A number with its unit is one bidi run, whichever digits it uses.
    if (rtl_) span.append_attribute("dir") = "auto";
    span.text() = FormattedFact(context_, node.text).c_str();
    return Current();
  }

  const RenderContext& context_;
  bool rtl_;
  std::string id_prefix_;  // keeps ids unique when two languages share a page
  std::vector<pugi::xml_node> stack_;
  pugi::xml_document scratch_;  // where the alt text of shown images is walked to, and dropped
  std::vector<bool> tight_lists_;
  std::vector<int> next_numbers_;  // per open list: the number a browser would give the next item (0: unordered)
  std::vector<bool> item_depth_;  // per open list item: is its list tight?
  const Block* table_ = nullptr;
  size_t cell_index_ = 0;
  bool in_header_ = false;
};

}  // namespace

std::string HtmlHref(const std::string& url) {
  // A link to another charter document names a file charterc writes: its
  // name and id are encoded as every generated link is. Any other address
  // is the author's, encoded as CommonMark renderers do ("foo\\bar" ->
  // "foo%5Cbar", which a browser would otherwise read as "foo/bar").
  std::optional<DocumentLink> link = ParseDocumentLink(url);
  if (!link) return EncodeAuthorHref(url);
  if (link->document.empty()) return OutputLayout::FragmentHref(link->id);
  return EncodeUrlPath(link->document + ".html") + (link->id.empty() ? "" : OutputLayout::FragmentHref(link->id));
}

void RenderHtmlBody(const RenderContext& context, pugi::xml_node parent) {
  RenderHtmlBlocks(context, context.document.blocks, parent);
}

void RenderHtmlBlocks(const RenderContext& context, const std::vector<Block>& blocks, pugi::xml_node parent,
                      const std::string& id_prefix) {
  HtmlBodyHandler handler(context, parent, id_prefix);
  WalkBlocks(blocks, handler);
}

void RenderHtmlInlines(const RenderContext& context, const std::vector<Inline>& inlines, pugi::xml_node parent) {
  HtmlBodyHandler handler(context, parent);
  WalkInlines(inlines, handler);
}

}  // namespace charterc
