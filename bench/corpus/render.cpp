// A generated document as Markdown: in charterc's syntax, and as the plain
// Markdown Hugo, Pandoc and the cmark-gfm floor are given.
#include <string>

#include "generate.h"
#include "vocabulary.h"

namespace bench {
namespace {

// YAML double-quoted scalar: titles hold colons and apostrophes.
std::string Quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string FrontMatter(const Document& doc, Lang lang) {
  static const char* kTypes[] = {"charter", "statement", "standards", "policy"};
  std::string out = "---\ntitle: " + Quoted(doc.title[lang]) + "\n";
  if (lang == kEn) {
    out += std::string("type: ") + kTypes[static_cast<int>(doc.kind)] + "\n";
    out += "owner: " + Quoted(doc.owner[lang]) + "\n";
    out += "reviewed: 2026-04-01\nnext-review: 2028-04-01\n";
    if (doc.marked) out += "framework: cse\n";
  } else {
    out += "owner: " + Quoted(doc.owner[lang]) + "\n";
  }
  out += "summary: " + Quoted(doc.summary[lang]) + "\n";
  out += "contact: " + doc.contact + "\n";
  if (lang != kEn) out += std::string("lang: ") + kLangTags[lang] + "\n";
  return out + "---\n";
}

// Renders the blocks; `line` turns a text into what the target reads and
// `suffix` gives a block's attribute block, if any.
template <class Line, class Suffix>
std::string Blocks(const Document& doc, Lang lang, Line line, Suffix suffix) {
  std::string out;
  Block::Kind previous = Block::kHeading;
  int ordinal = 0;
  for (const Block& block : doc.blocks) {
    const bool in_list = block.kind == Block::kItem || block.kind == Block::kOrderedItem;
    const bool was_list = previous == Block::kItem || previous == Block::kOrderedItem;
    if (!(in_list && was_list && block.kind == previous)) out += "\n";
    ordinal = block.kind == Block::kOrderedItem && previous == Block::kOrderedItem ? ordinal + 1 : 1;
    switch (block.kind) {
      case Block::kHeading: out += "## " + line(block.text[lang]) + suffix(block) + "\n"; break;
      case Block::kParagraph: out += line(block.text[lang]) + "\n"; break;
      case Block::kItem: out += "- " + line(block.text[lang]) + suffix(block) + "\n"; break;
      case Block::kOrderedItem:
        out += std::to_string(ordinal) + ". " + line(block.text[lang]) + suffix(block) + "\n";
        break;
      case Block::kTable:
        for (size_t r = 0; r < block.rows.size(); ++r) {
          out += "|";
          for (const Tri& cell : block.rows[r]) out += " " + line(cell[lang]) + " |";
          out += "\n";
          if (r == 0) {
            out += "|";
            for (size_t c = 0; c < block.rows[r].size(); ++c) out += " --- |";
            out += "\n";
          }
        }
        break;
    }
    previous = block.kind;
  }
  return out;
}

std::string ReplaceFacts(const std::string& text, Lang lang, const Facts& facts) {
  std::string out;
  size_t at = 0;
  for (size_t open = text.find("{{ "); open != std::string::npos; open = text.find("{{ ", at)) {
    const size_t close = text.find(" }}", open);
    out += text.substr(at, open - at);
    out += FactText(lang, facts.at(text.substr(open + 3, close - open - 3)));
    at = close + 3;
  }
  return out + text.substr(at);
}

// Links to another document ("doc.md#id") become links to its page.
std::string RewriteLinks(const std::string& text, Peer peer) {
  std::string out;
  size_t at = 0;
  for (size_t open = text.find("]("); open != std::string::npos; open = text.find("](", at)) {
    const size_t close = text.find(')', open);
    std::string target = text.substr(open + 2, close - open - 2);
    const size_t md = target.find(".md");
    if (md != std::string::npos && target.find(':') == std::string::npos) {
      const std::string anchor = target.substr(md + 3);
      const std::string name = target.substr(0, md);
      target = peer == Peer::kHugo ? "../" + name + "/" + anchor : name + ".html" + anchor;
    }
    out += text.substr(at, open + 2 - at) + target + ")";
    at = close + 1;
  }
  return out + text.substr(at);
}

}  // namespace

std::string SourceMarkdown(const Document& doc, Lang lang) {
  auto suffix = [lang](const Block& block) {
    if (block.id.empty()) return std::string();
    if (lang != kEn || block.attrs.empty()) return " {#" + block.id + "}";
    return " {#" + block.id + " " + block.attrs + "}";
  };
  return FrontMatter(doc, lang) + Blocks(doc, lang, [](const std::string& t) { return t; }, suffix);
}

std::string PeerMarkdown(const Document& doc, Lang lang, const Facts& facts, Peer peer) {
  auto line = [&](const std::string& text) { return RewriteLinks(ReplaceFacts(text, lang, facts), peer); };
  auto suffix = [peer](const Block& block) {
    return peer == Peer::kHugo && block.kind == Block::kHeading ? " {#" + block.id + "}" : std::string();
  };
  std::string head;
  if (peer == Peer::kHugo)
    head = "---\ntitle: " + Quoted(doc.title[lang]) + "\ndescription: " + Quoted(doc.summary[lang]) + "\n---\n";
  else
    head = "# " + doc.title[lang] + "\n\n" + doc.summary[lang] + "\n";
  return head + Blocks(doc, lang, line, suffix);
}

}  // namespace bench
