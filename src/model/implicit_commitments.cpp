#include "model/implicit_commitments.h"

#include <algorithm>

#include "i18n/locale_info.h"
#include "model/document_index.h"
#include "model/promise_words.h"
#include "model/table_columns.h"

namespace charterc {

namespace {

std::string FirstWords(const std::string& text, int count) {
  std::string out;
  int words = 0;
  for (char c : text) {
    if (c == ' ' && ++words == count) break;
    out += c;
  }
  return out;
}

bool EndsWithColon(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
  return !text.empty() && text.back() == ':';
}

class Finder {
 public:
  Finder(Document* doc, const Lexicon& lexicon, const QuantityTest& states_target)
      : doc_(doc), lexicon_(lexicon), states_target_(states_target), words_(lexicon, LocaleOf(*doc)) {}

  void Run() { VisitAll(&doc_->blocks, ListContext::Neutral); }

 private:
  static icu::Locale LocaleOf(const Document& doc) {
    icu::Locale locale;
    ParseLanguageTag(doc.meta.lang, &locale);
    return locale;
  }

  // A heading sets what the lists under it hold; a line ending in ":"
  // that says more sets it for the list right after it.
  void VisitAll(std::vector<Block>* blocks, ListContext section) {
    ListContext next_list = ListContext::Neutral;
    std::string lead_in;
    bool after_lead_in = false;
    for (Block& block : *blocks) {
      bool was_after_lead_in = after_lead_in;
      after_lead_in = false;
      switch (block.kind) {
        case BlockKind::Heading:
          section = words_.ContextOf(PlainText(block.inlines), /*heading=*/true);
          // A title repeated as "# ..." still leaves the introduction below it.
          seen_heading_ = seen_heading_ || block.level >= 2;
          notes_section_ = words_.IsNotesHeading(PlainText(block.inlines));
          break;
        case BlockKind::Paragraph: {
          std::string text = PlainText(block.inlines);
          if (EndsWithColon(text) && !words_.ClauseOf(text)) {
            lead_in = text;
            next_list = words_.ContextOf(text, /*heading=*/false);
            after_lead_in = true;
          } else if (section != ListContext::NotPromises) {
            VisitParagraph(&block, text);
          }
          break;
        }
        case BlockKind::List: {
          ListContext context = was_after_lead_in && next_list != ListContext::Neutral ? next_list : section;
          VisitList(&block, context, was_after_lead_in && context == ListContext::Promises ? lead_in : "");
          break;
        }
        case BlockKind::Table:
          if (section != ListContext::NotPromises) VisitTable(&block);
          break;
        default:
          VisitAll(&block.children, section);
      }
    }
  }

  // A paragraph promises by its words, by a promise label ("Target:",
  // "Engagement 2 :") or in a passive form ("Each enquiry is answered
  // ..."): in a standards document or a numbered clause always, elsewhere
  // when it states a target. Before the first heading, where a charter
  // introduces itself, only its words count. A policy's paragraphs are rules.
  void VisitParagraph(Block* block, const std::string& text) {
    if (doc_->meta.type == DocumentType::Policy) return;
    std::optional<LeadingClause> clause = words_.ClauseOf(text);
    std::string sentence = words_.BeforeResults(clause ? clause->rest : text);
    bool passive_promises = (doc_->meta.type == DocumentType::Standards && !notes_section_) ||
                            (clause && !clause->id.empty()) || states_target_(sentence);
    bool promise = words_.Promises(sentence) || (clause && clause->labelled && !words_.AsksOfCustomer(sentence)) ||
                   (seen_heading_ && words_.IsPassive(sentence) && passive_promises);
    if (!promise) return;
    std::string id = clause && !clause->id.empty() ? clause->id : SlugOf(FirstWords(sentence, 6));
    Add(block, id, sentence, "", block->last_line);
  }

  // Ordered items are clauses: their id is the number the source gives them.
  void VisitList(Block* list, ListContext context, const std::string& lead_in) {
    for (Block& item : list->children) {
      if (item.kind != BlockKind::ListItem) continue;
      Block* paragraph = FirstParagraph(&item);
      if (paragraph != nullptr && context != ListContext::NotPromises) {
        std::string text = PlainText(paragraph->inlines);
        std::optional<LeadingClause> clause = words_.ClauseOf(text);
        std::string sentence = clause ? clause->rest : text;
        bool promise = (context == ListContext::Promises && !words_.AsksOfCustomer(sentence)) ||
                       words_.Promises(sentence) ||
                       (doc_->meta.type != DocumentType::Policy && words_.IsPassive(sentence)) ||
                       (clause && clause->labelled && !words_.AsksOfCustomer(sentence));
        if (promise) {
          std::string id = clause && !clause->id.empty() ? clause->id
                           : list->ordered               ? "clause-" + std::to_string(item.number)
                                                         : SlugOf(FirstWords(text, 6));
          Add(&item, id, sentence, lead_in, paragraph->last_line);
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
  // row is a promise, read as its text columns and its target; a period
  // column that names one ("Monthly survey"), or a results column named for
  // a year or quarter, gives a share its period.
  void VisitTable(Block* table_block) {
    Block& table = *table_block;
    TableColumns columns = ReadTableColumns(table, lexicon_, LocaleOf(*doc_), states_target_);
    if (!columns.IsStandards()) return;
    for (size_t row_index = 1; row_index < table.children.size(); ++row_index) {
      Block& row = table.children[row_index];
      auto cell = [&](int column) {
        return column >= 0 && column < static_cast<int>(row.children.size()) ? PlainText(row.children[column].inlines)
                                                                            : std::string();
      };
      std::string text;
      for (int column : columns.text) {
        if (!cell(column).empty()) text += (text.empty() ? "" : ": ") + cell(column);
      }
      if (text.empty()) continue;
      if (!cell(columns.target).empty()) text += ": " + cell(columns.target);
      std::string id = !cell(columns.ref).empty() ? "standard-" + SlugOf(cell(columns.ref))
                                                  : SlugOf(FirstWords(cell(columns.text.front()), 6));
      std::string unique = Add(nullptr, id, text, "", 0, row.location);  // a row cannot carry an attribute block
      std::string period = cell(columns.period);
      if (!HasAnyPhrase(words_.Lower(period), lexicon_.periods) &&
          !HasAnyPhrase(words_.Lower(period), lexicon_.frequencies)) {
        period = columns.results_period;
      }
      doc_->commitments.back().period = period;
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
  const QuantityTest& states_target_;
  PromiseWords words_;
  bool seen_heading_ = false;
  bool notes_section_ = false;  // under "How we report", "Terms used" (see PromiseWords::IsNotesHeading)
};

}  // namespace

void FindImplicitCommitments(Document* doc, const Lexicon& lexicon, const QuantityTest& states_target) {
  if (!doc->commitments.empty()) return;
  Finder(doc, lexicon, states_target).Run();
}

}  // namespace charterc
