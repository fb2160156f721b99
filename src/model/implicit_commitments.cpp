#include "model/implicit_commitments.h"

#include <cctype>

#include "i18n/locale_info.h"
#include "i18n/text_case.h"
#include "model/document_index.h"
#include "model/table_columns.h"

namespace charterc {

namespace {

bool IsLetter(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '\''; }

// Whether `phrase` occurs in `lower_text` as whole words. Lexicon phrases
// are lower case already (see ParseLexicon).
bool HasPhrase(const std::string& lower_text, const std::string& phrase) {
  for (size_t at = lower_text.find(phrase); at != std::string::npos; at = lower_text.find(phrase, at + 1)) {
    size_t end = at + phrase.size();
    bool starts = at == 0 || !IsLetter(static_cast<unsigned char>(lower_text[at - 1]));
    bool ends = end == lower_text.size() || !IsLetter(static_cast<unsigned char>(lower_text[end])) ||
                !IsLetter(static_cast<unsigned char>(phrase.back()));
    if (starts && ends) return true;
  }
  return false;
}

bool HasAnyPhrase(const std::string& lower_text, const std::vector<std::string>& phrases) {
  for (const std::string& phrase : phrases) {
    if (HasPhrase(lower_text, phrase)) return true;
  }
  return false;
}

bool StartsWithPhrase(const std::string& lower_text, const std::vector<std::string>& phrases) {
  for (const std::string& phrase : phrases) {
    if (lower_text.rfind(phrase, 0) == 0 &&
        (lower_text.size() == phrase.size() || !IsLetter(static_cast<unsigned char>(lower_text[phrase.size()])))) {
      return true;
    }
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

bool HasLetterOrDigit(const std::string& text) {
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80) return true;
  }
  return false;
}

std::string ClauseId(std::string number) {
  for (char& c : number) c = c == '.' ? '-' : c;
  return "clause-" + number;
}

std::string FirstWords(const std::string& text, int count) {
  std::string out;
  int words = 0;
  for (char c : text) {
    if (c == ' ' && ++words == count) break;
    out += c;
  }
  return out;
}

// What the lists that follow a line or heading hold.
enum class ListContext {
  Neutral,      // each item is judged by its own words
  Promises,     // every item is a promise ("We will:", "Our commitments")
  NotPromises,  // none is ("What we ask of you", "Contact us")
};

class Finder {
 public:
  Finder(Document* doc, const Lexicon& lexicon, const QuantityTest& holds_quantity)
      : doc_(doc), lexicon_(lexicon), holds_quantity_(holds_quantity) {
    ParseLanguageTag(doc->meta.lang, &locale_);
  }

  void Run() { VisitAll(&doc_->blocks, ListContext::Neutral); }

 private:
  void VisitAll(std::vector<Block>* blocks, ListContext section) {
    ListContext next_list = ListContext::Neutral;
    std::string lead_in;
    bool after_lead_in = false;
    for (Block& block : *blocks) {
      switch (block.kind) {
        case BlockKind::Heading:
          section = ContextOf(Lower(PlainText(block.inlines)), /*heading=*/true);
          after_lead_in = false;
          continue;
        case BlockKind::Paragraph: {
          std::string text = PlainText(block.inlines);
          if (EndsWithColon(text)) {
            lead_in = text;
            next_list = ContextOf(Lower(text), /*heading=*/false);
            after_lead_in = true;
            continue;
          }
          after_lead_in = false;
          if (section != ListContext::NotPromises) VisitParagraph(&block, text);
          continue;
        }
        case BlockKind::List: {
          ListContext context = after_lead_in ? next_list : section;
          if (after_lead_in && next_list == ListContext::Neutral && section != ListContext::Neutral) context = section;
          if (context != ListContext::Promises || !after_lead_in) lead_in.clear();
          VisitList(&block, context, lead_in);
          after_lead_in = false;
          continue;
        }
        case BlockKind::Table:
          after_lead_in = false;
          if (section != ListContext::NotPromises) VisitTable(&block);
          continue;
        default:
          after_lead_in = false;
          VisitAll(&block.children, section);
      }
    }
  }

  std::string Lower(const std::string& text) const { return LowerCase(text, locale_); }

  static bool EndsWithColon(std::string text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
    return !text.empty() && text.back() == ':';
  }

  // A heading or lead-in line: does it introduce promises, or what is not one?
  ListContext ContextOf(const std::string& lower, bool heading) const {
    if (HasAnyPhrase(lower, lexicon_.not_promises)) return ListContext::NotPromises;
    if (HasAnyPhrase(lower, lexicon_.lead_ins)) return ListContext::Promises;
    // "The Library will:", "Staff will be:" as a line before a list.
    if (!heading && (StartsWithPhrase(lower, lexicon_.promise_starts) || HasAnyPhrase(lower, lexicon_.promise_markers) ||
                     HasPromiseEnding(lower))) {
      return ListContext::Promises;
    }
    return ListContext::Neutral;
  }

  // A sentence that promises by its own words: it starts like a promise
  // ("We answer", "Our staff") or holds a promise marker ("will", "is
  // answered within") or, where `passive` allows, a passive form ("is
  // repaired"), and asks nothing of the customer.
  bool IsPromiseSentence(const std::string& text, bool passive) const {
    std::string lower = Lower(text);
    if (HasAnyPhrase(lower, lexicon_.obligations)) return false;
    return StartsWithPhrase(lower, lexicon_.promise_starts) || HasAnyPhrase(lower, lexicon_.promise_markers) ||
           HasPromiseEnding(lower) || (passive && HasAnyPhrase(lower, lexicon_.passive_markers));
  }

  // A word ending like a promise verb: Spanish "responderemos", "se publicarán".
  bool HasPromiseEnding(const std::string& lower) const {
    for (const std::string& ending : lexicon_.promise_endings) {
      for (size_t at = lower.find(ending); at != std::string::npos; at = lower.find(ending, at + 1)) {
        size_t end = at + ending.size();
        bool word_ends = end == lower.size() || !IsLetter(static_cast<unsigned char>(lower[end]));
        bool long_word = at >= 2 && IsLetter(static_cast<unsigned char>(lower[at - 1])) &&
                         IsLetter(static_cast<unsigned char>(lower[at - 2]));
        if (word_ends && long_word) return true;
      }
    }
    return false;
  }

  // Paragraphs promise only in charters, statements and standards (a
  // policy states rules); a numbered clause ("2.1 We answer ...") takes its
  // id from its number. In a standards document, where paragraphs are the
  // standards, a passive form is enough ("Each enquiry is answered ...").
  void VisitParagraph(Block* block, const std::string& text) {
    if (doc_->meta.type == DocumentType::Policy) return;
    std::string number = ClauseNumber(text);
    std::string sentence = number.empty() ? text : AfterNumber(text);
    if (!IsPromiseSentence(sentence, doc_->meta.type == DocumentType::Standards)) return;
    Add(block, number.empty() ? SlugOf(FirstWords(text, 6)) : ClauseId(number), sentence, "", block->last_line);
  }

  // Ordered items are clauses: their id is the number the source gives them.
  void VisitList(Block* list, ListContext context, const std::string& lead_in) {
    for (Block& item : list->children) {
      int clause = item.number;  // as the source writes it
      if (item.kind != BlockKind::ListItem) continue;
      Block* paragraph = FirstParagraph(&item);
      if (paragraph != nullptr && context != ListContext::NotPromises) {
        std::string text = PlainText(paragraph->inlines);
        std::string dotted = ClauseNumber(text);
        bool promise = context == ListContext::Promises ||
                       IsPromiseSentence(dotted.empty() ? text : AfterNumber(text), doc_->meta.type != DocumentType::Policy);
        if (promise) {
          std::string id = !dotted.empty()    ? ClauseId(dotted)
                           : list->ordered    ? ClauseId(std::to_string(clause))
                                              : SlugOf(FirstWords(text, 6));
          Add(&item, id, dotted.empty() ? text : AfterNumber(text), lead_in, paragraph->last_line);
        }
      }
      // A list inside an item is judged item by item.
      for (Block& child : item.children) {
        if (child.kind == BlockKind::List) VisitList(&child, ListContext::Neutral, "");
      }
    }
  }

  static Block* FirstParagraph(Block* item) {
    for (Block& child : item->children) {
      if (child.kind == BlockKind::Paragraph) return &child;
    }
    return nullptr;
  }

  // A table of standards or results (see model/table_columns.h): every body
  // row is a promise, read as the promise, its target and its period.
  void VisitTable(Block* table_block) {
    Block& table = *table_block;
    TableColumns columns = ReadTableColumns(table, lexicon_, locale_, holds_quantity_);
    if (!columns.IsStandards()) return;
    for (size_t row_index = 1; row_index < table.children.size(); ++row_index) {
      Block& row = table.children[row_index];
      auto cell = [&](int column) {
        return column >= 0 && column < static_cast<int>(row.children.size()) ? PlainText(row.children[column].inlines)
                                                                            : std::string();
      };
      std::string text = cell(columns.promise);
      if (text.empty()) continue;
      if (!cell(columns.target).empty()) text += ": " + cell(columns.target);
      std::string id = !cell(columns.ref).empty() ? "standard-" + SlugOf(cell(columns.ref))
                                                  : SlugOf(FirstWords(cell(columns.promise), 6));
      std::string unique = Add(nullptr, id, text, "", 0, row.location);  // a row cannot carry an attribute block
      // How often it is measured, or the period its results are published for.
      std::string period = columns.period >= 0 ? cell(columns.period) : columns.results_period;
      if (HasLetterOrDigit(period)) doc_->commitments.back().period = period;
      // The row itself is the anchor that refs and commitments.json point at.
      if (!row.attributes) row.attributes.emplace();
      row.attributes->id = unique;
    }
  }

  // Returns the id given, made unique in the document.
  std::string Add(Block* block, std::string id, const std::string& text, const std::string& lead_in, int write_line,
                  SourceLocation at = {}) {
    if (id.empty()) id = "commitment";
    std::string unique = id;
    for (int n = 2; doc_->ids.count(unique); ++n) unique = id + "-" + std::to_string(n);
    Commitment commitment;
    commitment.id = unique;
    commitment.text = text;
    commitment.lead_in = lead_in;
    commitment.location = block ? block->location : at;
    commitment.implicit = true;
    commitment.write_line = write_line;
    commitment.last_line = std::max(write_line, commitment.location.line);
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
  const QuantityTest& holds_quantity_;
  icu::Locale locale_;
};

}  // namespace

void FindImplicitCommitments(Document* doc, const Lexicon& lexicon, const QuantityTest& holds_quantity) {
  if (!doc->commitments.empty()) return;
  Finder(doc, lexicon, holds_quantity).Run();
}

}  // namespace charterc
