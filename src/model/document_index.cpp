#include "model/document_index.h"

#include <array>
#include <cctype>
#include <sstream>
#include <string_view>

#include "model/page_ids.h"

namespace charterc {

namespace {

// `from` belongs to translations: the fingerprint of the source wording a
// block was translated from (see translation/unit.h).
constexpr std::array<std::string_view, 6> kKnownAttributes = {"refs",     "dimension", "target",
                                                              "evidence", "internal",  "from"};
constexpr std::array<std::string_view, 5> kDimensions = {"reliability", "responsiveness", "assurance", "empathy",
                                                         "tangibles"};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, const std::string& value) {
  for (std::string_view item : list) {
    if (item == value) return true;
  }
  return false;
}

class Indexer {
 public:
  Indexer(const SourceFile& source, Document* doc, DiagnosticSink& sink) : source_(source), doc_(doc), sink_(sink) {}

  void Run() {
    for (Block& block : doc_->blocks) Visit(&block);
    AssignHeadingIds();
  }

 private:
  void Visit(Block* block) {
    if (block->kind == BlockKind::Heading) VisitHeading(block);
    if (block->attributes) VisitAttributes(block);
    for (Block& child : block->children) Visit(&child);
  }

  void VisitHeading(Block* block) {
    // The title from the front matter is the page's only level-1 heading.
    int wanted = block->level;
    if (wanted == 1) {
      sink_.Report(DiagCode::W0304, block->location, "a level-1 heading in the body competes with the title",
                   "start sections at '##'; the title comes from the front matter");
      wanted = 2;
    } else if (wanted > previous_level_ + 1) {
      sink_.Report(DiagCode::W0304, block->location,
                   "heading jumps from level " + std::to_string(previous_level_) + " to level " +
                       std::to_string(wanted),
                   "use '" + std::string(previous_level_ + 1, '#') + "' here so screen-reader users do not miss a level");
      wanted = previous_level_ + 1;
    }
    block->level = wanted;
    previous_level_ = wanted;
    headings_.push_back(block);
  }

  void VisitAttributes(Block* block) {
    Attributes& attributes = *block->attributes;
    for (const auto& [key, value] : attributes.values) {
      if (!Contains(kKnownAttributes, key)) {
        sink_.Report(DiagCode::W0303, InBlock(attributes, key + "="),
                     "unknown attribute '" + key + "'", "known attributes: refs, dimension, target, evidence, internal, from");
      }
    }
    if (!attributes.id.empty()) RegisterId(attributes.id, attributes.location);
    bool only_from = attributes.values.size() == 1 && attributes.values.front().first == "from";
    if (block->kind == BlockKind::Heading && !attributes.values.empty() && !only_from) {
      sink_.Report(DiagCode::W0305, attributes.location, "a heading takes only an id; its other attributes do nothing",
                   "move refs, dimension and target to the list item or paragraph that makes the promise");
    }
    if (block->kind == BlockKind::Paragraph || block->kind == BlockKind::ListItem) AddCommitment(block);
  }

  void RegisterId(const std::string& id, const SourceLocation& at) {
    SourceLocation where = source_.Find(at.line, "#" + id, source_.ByteInLine(at));
    if (IsPageId(id)) {
      sink_.Report(DiagCode::E0302, where, "id '" + id + "' is used by the page itself",
                   "choose another id, e.g. '" + id + "-section'");
      return;
    }
    auto [it, inserted] = doc_->ids.emplace(id, at);
    if (inserted) return;
    sink_.Report(DiagCode::E0302, where,
                 "id '" + id + "' is already used at line " + std::to_string(it->second.line),
                 "ids must be unique within a document; rename one, e.g. '" + id + "-2'");
  }

  void AddCommitment(Block* block) {
    const Attributes& attributes = *block->attributes;
    if (attributes.id.empty()) {
      sink_.Report(DiagCode::E0307, attributes.location, "this commitment has attributes but no id",
                   "add an id at the start of the block, e.g. {#email-reply ...}");
      return;
    }
    Commitment commitment;
    commitment.id = attributes.id;
    commitment.text = CommitmentText(*block);
    commitment.attributes = attributes;
    commitment.location = block->location;
    commitment.last_line = block->last_line;
    commitment.target = attributes.Get("target").value_or("");
    ReadDimension(attributes, &commitment);
    ReadRefs(attributes, &commitment);
    block->commitment = doc_->commitments.size();
    doc_->commitments.push_back(std::move(commitment));
  }

  static std::string CommitmentText(const Block& block) {
    if (block.kind == BlockKind::Paragraph) return PlainText(block.inlines);
    std::string text;
    for (const Block& child : block.children) {
      if (child.kind != BlockKind::Paragraph) continue;
      if (!text.empty()) text += ' ';
      text += PlainText(child.inlines);
    }
    return text;
  }

  void ReadDimension(const Attributes& attributes, Commitment* commitment) {
    std::optional<std::string> dimension = attributes.Get("dimension");
    if (!dimension) return;
    if (!Contains(kDimensions, *dimension)) {
      sink_.Report(DiagCode::E0306, InBlock(attributes, *dimension, "dimension="),
                   "unknown dimension '" + *dimension + "'",
                   "use one of the SERVQUAL dimensions: reliability, responsiveness, assurance, empathy, tangibles");
      return;
    }
    commitment->dimension = *dimension;
  }

  void ReadRefs(const Attributes& attributes, Commitment* commitment) {
    std::istringstream words(attributes.Get("refs").value_or(""));
    std::string word;
    size_t cursor = source_.ByteInLine(attributes.location);
    while (words >> word) {
      // Each ref is searched after the previous one, so "#a #a" points at both.
      SourceLocation at = source_.Find(attributes.location.line, word, cursor);
      cursor = source_.ByteInLine(at) + word.size();
      std::optional<Ref> ref = ParseRef(word);
      if (!ref) {
        sink_.Report(DiagCode::E0403, at, "'" + word + "' is not a ref",
                     "write framework:criterion (cse:5.1.1), document#id (standards#email-response) or #id");
        continue;
      }
      ref->location = at;
      commitment->refs.push_back(std::move(*ref));
    }
  }

  // Where `needle` is inside the attribute block (not in the prose before
  // it), after `after` when given (a value after its key).
  SourceLocation InBlock(const Attributes& attributes, const std::string& needle, const std::string& after = {}) const {
    int line = attributes.location.line;
    size_t from = source_.ByteInLine(attributes.location);
    if (!after.empty()) from = source_.ByteInLine(source_.Find(line, after, from));
    return source_.Find(line, needle, from);
  }

  // Headings without an explicit id get one from their text, after every
  // explicit id is known, so a generated id never takes an explicit one.
  void AssignHeadingIds() {
    int counter = 0;
    for (Block* heading : headings_) {
      ++counter;
      Section section;
      section.title = PlainText(heading->inlines);
      section.title_inlines = heading->inlines;
      section.level = heading->level;
      section.location = heading->location;
      if (const std::string* id = heading->Id()) {
        section.id = *id;
      } else {
        section.id = UniqueId(SlugOf(section.title), counter);
        if (!heading->attributes) heading->attributes.emplace();
        heading->attributes->id = section.id;
        doc_->ids.emplace(section.id, heading->location);
      }
      doc_->sections.push_back(std::move(section));
    }
    AssignCommitmentSections();
  }

  std::string UniqueId(std::string base, int counter) const {
    if (base.empty()) base = "section-" + std::to_string(counter);
    std::string id = base;
    for (int n = 2; doc_->ids.count(id) > 0 || IsPageId(id); ++n) id = base + "-" + std::to_string(n);
    return id;
  }

  // A commitment belongs to the last section heading before it.
  void AssignCommitmentSections() {
    for (Commitment& commitment : doc_->commitments) {
      for (const Section& section : doc_->sections) {
        if (section.location.line > commitment.location.line) break;
        commitment.section_id = section.id;
      }
    }
  }

  const SourceFile& source_;
  Document* doc_;
  DiagnosticSink& sink_;
  int previous_level_ = 1;
  std::vector<Block*> headings_;
};

}  // namespace

std::string SlugOf(const std::string& text) {
  std::string slug;
  for (unsigned char c : text) {
    if (std::isalnum(c)) {
      slug += static_cast<char>(std::tolower(c));
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (!slug.empty() && !std::isalpha(static_cast<unsigned char>(slug[0]))) slug = "s-" + slug;
  return slug;
}

void IndexDocument(const SourceFile& source, Document* doc, DiagnosticSink& sink) {
  Indexer(source, doc, sink).Run();
}

}  // namespace charterc
