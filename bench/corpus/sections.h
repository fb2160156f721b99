// Writes the sections of one generated document, in the shapes real
// charters use: lead-ins with fragment bullets, "To ..." bullets, passive
// standards, numbered clauses, results tables, obligations, contact details.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "corpus.h"
#include "vocabulary.h"

namespace bench {

// What later documents may point at in an earlier one.
struct DocInfo {
  std::string name;
  Tri title;
  std::vector<std::string> ids;  // commitment ids and section anchors
};

// facts.yaml's names by topic slug (and kShareFacts for shares), so a
// promise uses a fact that holds a value a writer would give it.
using FactPool = std::map<std::string, std::vector<std::string>>;
inline constexpr const char* kShareFacts = "share";

class SectionWriter {
 public:
  SectionWriter(Rng& rng, const FactPool& pool, const std::vector<DocInfo>& earlier, Document& doc)
      : rng_(rng), pool_(pool), earlier_(earlier), doc_(doc) {}

  void Scope();
  void About();      // prose: who the organisation is
  void Measuring();  // prose: definitions and where the figures come from
  void MarkedSentences();  // marked charters: full sentences with {#id refs=...}
  void LeadIn();           // "We will:" and fragments (marked in marked charters)
  void Staff();
  void ToBullets();
  void Passive();
  void Numbered();
  void Conditional();
  void ResultsTable();
  void YearsTable();
  void Obligations();
  void Contact(bool uses_ten_document_fact);

  // The anchors and ids of the document so far, for later documents' refs.
  const std::vector<std::string>& Ids() const { return ids_; }

  // Taking a section back (it made the document too long) takes back its
  // ids too, so no later document refers to them.
  struct Checkpoint {
    size_t blocks, ids;
  };
  Checkpoint Save() const { return {doc_.blocks.size(), ids_.size()}; }
  void Restore(const Checkpoint& checkpoint) {
    doc_.blocks.resize(checkpoint.blocks);
    ids_.resize(checkpoint.ids);
  }

 private:
  void Heading(const Tri& text, const std::string& anchor);
  void Paragraph(const Tri& text);
  void Item(const Tri& text, Block::Kind kind = Block::kItem);
  void MarkedItem(const Tri& text, const std::string& slug, const Topic* topic);
  Tri Fill(const Topic& topic, const Tri& form);
  std::string QuantityText(Lang lang, Unit unit, int value);
  Tri FragmentItem(const Topic*& topic);
  std::string Refs(const Topic* topic);
  const DocInfo* Earlier();
  std::string Link(const DocInfo& other, Lang lang);
  const Topic& AnyTopic();

  Rng& rng_;
  const FactPool& pool_;
  const std::vector<DocInfo>& earlier_;
  Document& doc_;
  std::vector<std::string> ids_;
  std::set<std::string> used_ids_;
  std::set<int> used_topics_;  // each topic is promised once per document
  int words_percent_ = 0;      // how often this writer spells numbers out
};

}  // namespace bench
