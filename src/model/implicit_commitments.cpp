#include "model/implicit_commitments.h"

#include <cctype>

#include "i18n/locale_info.h"
#include "i18n/text_case.h"
#include "model/document_index.h"

namespace charterc {

namespace {

// Lexicon phrases are lower case already (see ParseLexicon).
bool StartsWithPhrase(const std::string& lower_text, const std::vector<std::string>& phrases) {
  for (const std::string& phrase : phrases) {
    const std::string& wanted = phrase;
    if (lower_text.rfind(wanted, 0) == 0 &&
        (lower_text.size() == wanted.size() || !std::isalnum(static_cast<unsigned char>(lower_text[wanted.size()])))) {
      return true;
    }
  }
  return false;
}

bool IsOneOf(const std::string& cell, const std::vector<std::string>& names, const icu::Locale& locale) {
  std::string lower = LowerCase(cell, locale);
  while (!lower.empty() && lower.back() == ' ') lower.pop_back();
  for (const std::string& name : names) {
    if (lower == name) return true;
  }
  return false;
}

// "2.1 We will..." -> "2.1"; empty when the text starts with no clause number.
std::string ClauseNumber(const std::string& text) {
  size_t end = 0;
  bool dotted = false;
  while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.')) {
    dotted = dotted || (text[end] == '.' && end + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[end + 1])));
    ++end;
  }
  if (!dotted || end >= text.size() || text[end] != ' ') return "";
  std::string number = text.substr(0, end);
  while (!number.empty() && number.back() == '.') number.pop_back();
  return number;
}

// "2.1. We answer ..." -> "We answer ...".
std::string AfterNumber(const std::string& text) {
  size_t start = text.find(' ');
  start = start == std::string::npos ? text.size() : text.find_first_not_of(' ', start);
  return start == std::string::npos ? "" : text.substr(start);
}

class Finder {
 public:
  Finder(Document* doc, const Lexicon& lexicon) : doc_(doc), lexicon_(lexicon) {
    ParseLanguageTag(doc->meta.lang, &locale_);
  }

  void Run() {
    for (Block& block : doc_->blocks) Visit(&block, false);
  }

 private:
  void Visit(Block* block, bool in_item) {
    switch (block->kind) {
      case BlockKind::Paragraph:
        if (!in_item) VisitParagraph(block);
        return;
      case BlockKind::ListItem:
        VisitItem(block);
        return;
      case BlockKind::Table:
        VisitTable(block);
        return;
      default:
        for (Block& child : block->children) Visit(&child, in_item);
    }
  }

  // "2.1 We answer ...": a numbered clause.
  void VisitParagraph(Block* block) {
    std::string text = PlainText(block->inlines);
    std::string number = ClauseNumber(text);
    if (number.empty()) return;
    std::string id = "clause-" + number;
    for (char& c : id) c = c == '.' ? '-' : c;
    Add(block, id, AfterNumber(text), block->last_line);
  }

  // "- We answer emails within 2 working days."
  void VisitItem(Block* item) {
    Block* paragraph = nullptr;
    for (Block& child : item->children) {
      if (child.kind == BlockKind::Paragraph) {
        paragraph = &child;
        break;
      }
    }
    if (paragraph != nullptr) {
      std::string text = PlainText(paragraph->inlines);
      std::string number = ClauseNumber(text);
      if (!number.empty()) {
        std::string id = "clause-" + number;
        for (char& c : id) c = c == '.' ? '-' : c;
        Add(item, id, AfterNumber(text), paragraph->last_line);
      } else if (StartsWithPhrase(LowerCase(text, locale_), lexicon_.promise_starts)) {
        Add(item, SlugOf(FirstWords(text, 6)), text, paragraph->last_line);
      }
    }
    for (Block& child : item->children) {
      if (&child != paragraph) Visit(&child, true);
    }
  }

  // A standards table: a header naming a standard (and perhaps a ref and a
  // target) column; every body row is a standard.
  void VisitTable(Block* table_block) {
    Block& table = *table_block;
    if (table.children.empty() || lexicon_.standard_columns.empty()) return;
    const Block& header = table.children.front();
    int ref = -1, standard = -1, target = -1;
    for (size_t i = 0; i < header.children.size(); ++i) {
      std::string cell = PlainText(header.children[i].inlines);
      if (ref < 0 && IsOneOf(cell, lexicon_.ref_columns, locale_)) ref = static_cast<int>(i);
      else if (standard < 0 && IsOneOf(cell, lexicon_.standard_columns, locale_)) standard = static_cast<int>(i);
      else if (target < 0 && IsOneOf(cell, lexicon_.target_columns, locale_)) target = static_cast<int>(i);
    }
    if (standard < 0) return;
    for (size_t row_index = 1; row_index < table.children.size(); ++row_index) {
      Block& row = table.children[row_index];
      auto cell = [&](int column) {
        return column >= 0 && column < static_cast<int>(row.children.size()) ? PlainText(row.children[column].inlines)
                                                                            : std::string();
      };
      std::string text = cell(standard);
      if (!cell(target).empty()) text += ": " + cell(target);
      std::string id = !cell(ref).empty() ? "standard-" + SlugOf(cell(ref)) : SlugOf(FirstWords(cell(standard), 6));
      std::string unique = Add(nullptr, id, text, 0, row.location);  // a row cannot carry an attribute block
      // The row itself is the anchor that refs and commitments.json point at.
      if (!row.attributes) row.attributes.emplace();
      row.attributes->id = unique;
    }
  }

  static std::string FirstWords(const std::string& text, int count) {
    std::string out;
    int words = 0;
    for (char c : text) {
      if (c == ' ' && ++words == count) break;
      out += c;
    }
    return out;
  }

  // Returns the id given, made unique in the document.
  std::string Add(Block* block, std::string id, const std::string& text, int write_line, SourceLocation at = {}) {
    if (id.empty()) id = "commitment";
    std::string unique = id;
    for (int n = 2; doc_->ids.count(unique); ++n) unique = id + "-" + std::to_string(n);
    Commitment commitment;
    commitment.id = unique;
    commitment.text = text;
    commitment.location = block ? block->location : at;
    commitment.implicit = true;
    commitment.write_line = write_line;
    for (const Section& section : doc_->sections) {
      if (section.location.line > commitment.location.line) break;
      commitment.section_id = section.id;
    }
    doc_->ids.emplace(unique, commitment.location);
    if (block) {
      // The page gets the same stable anchor as a marked commitment.
      if (!block->attributes) block->attributes.emplace();
      block->attributes->id = unique;
      block->commitment = doc_->commitments.size();
    }
    doc_->commitments.push_back(std::move(commitment));
    return unique;
  }

  Document* doc_;
  const Lexicon& lexicon_;
  icu::Locale locale_;
};

}  // namespace

void FindImplicitCommitments(Document* doc, const Lexicon& lexicon) {
  if (!doc->commitments.empty()) return;
  Finder(doc, lexicon).Run();
}

}  // namespace charterc
