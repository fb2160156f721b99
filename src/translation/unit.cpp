#include "translation/unit.h"

#include <algorithm>
#include <set>

#include "translation/fingerprint.h"

namespace charterc {

namespace {

class Segmenter {
 public:
  Segmenter(const Document& doc, const std::vector<std::string>* section_ids)
      : doc_(doc), section_ids_(section_ids) {}

  std::vector<Unit> Run() {
    AddMeta(UnitKind::Title, doc_.meta.title, &doc_.meta.title_inlines);
    AddMeta(UnitKind::Summary, doc_.meta.summary, &doc_.meta.summary_inlines);
    AddMeta(UnitKind::Owner, doc_.meta.owner);
    AddMeta(UnitKind::Contact, doc_.meta.contact);
    std::vector<size_t> path;
    Walk(doc_.blocks, &path, nullptr);
    return std::move(units_);
  }

 private:
  // A front-matter unit, found where its key's value was written. The
  // title and summary are Markdown (their inlines); owner and contact are
  // plain values.
  void AddMeta(UnitKind kind, const std::string& text, const std::vector<Inline>* inlines = nullptr) {
    if (text.empty()) return;
    Unit unit;
    std::string key = UnitKindName(kind);
    unit.id = FrontMatterUnitId(kind);
    unit.kind = kind;
    if (inlines && !inlines->empty()) unit.inlines = *inlines;
    else unit.inlines.push_back(Inline{InlineKind::Text, text, {}, {}, {}, false});
    unit.text = text;
    unit.fingerprint = Fingerprint(text);
    auto location = doc_.meta.locations.find(key);
    if (location != doc_.meta.locations.end()) unit.location = location->second;
    units_.push_back(std::move(unit));
  }

  void Walk(const std::vector<Block>& blocks, std::vector<size_t>* path, const Block* item) {
    for (size_t i = 0; i < blocks.size(); ++i) {
      path->push_back(i);
      Visit(blocks[i], path, item);
      path->pop_back();
    }
  }

  void Visit(const Block& block, std::vector<size_t>* path, const Block* item) {
    switch (block.kind) {
      case BlockKind::Heading: return AddHeading(block, *path);
      case BlockKind::Paragraph: {
        // A commitment's words: its own paragraph, or the first paragraph of
        // the list item that carries the commitment.
        const Block* owner = block.commitment ? &block : nullptr;
        if (!owner && item && item->commitment && !item_used_) owner = item;
        if (owner) {
          if (owner == item) item_used_ = true;
          return Add(UnitKind::Commitment, doc_.commitments[*owner->commitment].id, block, *path, owner);
        }
        return Add(UnitKind::Paragraph, NextInSection(), block, *path);
      }
      case BlockKind::TableCell: return Add(UnitKind::Cell, NextInSection(), block, *path);
      case BlockKind::ListItem: {
        bool saved = item_used_;
        item_used_ = false;
        Walk(block.children, path, &block);
        item_used_ = saved;
        return;
      }
      case BlockKind::CodeBlock:
      case BlockKind::ThematicBreak: return;  // nothing to translate
      default: return Walk(block.children, path, item);
    }
  }

  void AddHeading(const Block& block, const std::vector<size_t>& path) {
    std::string id;
    if (section_ids_) {
      if (heading_count_ < section_ids_->size()) id = (*section_ids_)[heading_count_];
    } else if (const std::string* own = block.Id()) {
      id = *own;
    }
    ++heading_count_;
    if (id.empty()) id = "heading-" + std::to_string(heading_count_);  // a translation with extra headings
    section_id_ = id;
    section_title_ = PlainText(block.inlines);
    in_section_ = 0;
    Add(UnitKind::Heading, id, block, path, &block);
  }

  // "<section>-<n>", skipping any id the document itself has: a section
  // written {#ask-2} after a section {#ask} keeps its id, and the second
  // block of "ask" becomes "ask-3", so no two units share an id (a
  // translation's block would be compared with the wrong source block).
  std::string NextInSection() {
    std::string id;
    do {
      id = section_id_ + "-" + std::to_string(++in_section_);
    } while (doc_.ids.count(id) > 0 || !generated_.insert(id).second);
    return id;
  }

  // `carrier` is the block whose attribute block belongs to the unit (the
  // list item of a commitment, a heading), if any.
  void Add(UnitKind kind, std::string id, const Block& block, const std::vector<size_t>& path,
           const Block* carrier = nullptr) {
    Unit unit;
    unit.id = std::move(id);
    unit.kind = kind;
    unit.inlines = block.inlines;
    unit.text = PlainText(block.inlines);
    unit.fingerprint = Fingerprint(unit.text);
    unit.section = section_title_;
    unit.location = block.location;
    unit.path = path;
    // In a Markdown translation the attribute block may record the source
    // fingerprint the translation was made from.
    if (carrier && carrier->attributes) unit.from = carrier->attributes->Get("from").value_or("");
    units_.push_back(std::move(unit));
  }

  const Document& doc_;
  const std::vector<std::string>* section_ids_;
  std::vector<Unit> units_;
  std::set<std::string> generated_;  // ids NextInSection gave
  std::string section_id_ = "intro";
  std::string section_title_;
  size_t heading_count_ = 0;
  int in_section_ = 0;
  bool item_used_ = false;
};

std::string Where(const Unit& unit) {
  switch (unit.kind) {
    case UnitKind::Title: return "The document's title.";
    case UnitKind::Summary: return "The document's one-sentence summary.";
    case UnitKind::Owner: return "Who answers for the document (its owner), such as a department's name.";
    case UnitKind::Contact:
      return "The document's contact address, shown as a link: an email address or an https:, mailto: or tel: "
             "link. Keep it as it is, or give the address readers of this language should use.";
    default:
      return unit.section.empty() ? "Before the first heading." : "In the section \"" + unit.section + "\".";
  }
}

}  // namespace

const char* UnitKindName(UnitKind kind) {
  switch (kind) {
    case UnitKind::Title: return "title";
    case UnitKind::Summary: return "summary";
    case UnitKind::Owner: return "owner";
    case UnitKind::Contact: return "contact";
    case UnitKind::Heading: return "heading";
    case UnitKind::Commitment: return "commitment";
    case UnitKind::Paragraph: return "paragraph";
    case UnitKind::Cell: return "cell";
  }
  return "paragraph";
}

std::string FrontMatterUnitId(UnitKind kind) {
  // Title and summary keep the ids translation files have always used.
  if (kind == UnitKind::Title || kind == UnitKind::Summary) return UnitKindName(kind);
  return std::string("front-matter:") + UnitKindName(kind);
}

bool IsFrontMatter(UnitKind kind) {
  return kind == UnitKind::Title || kind == UnitKind::Summary || kind == UnitKind::Owner ||
         kind == UnitKind::Contact;
}

std::vector<Unit> SegmentDocument(const Document& doc, const std::vector<std::string>* section_ids) {
  return Segmenter(doc, section_ids).Run();
}

std::vector<std::string> UnitIds(const Document& doc) {
  std::vector<std::string> ids;
  for (const Unit& unit : SegmentDocument(doc)) ids.push_back(unit.id);
  return ids;
}

Block* BlockAt(std::vector<Block>& blocks, const std::vector<size_t>& path) {
  std::vector<Block>* level = &blocks;
  Block* block = nullptr;
  for (size_t index : path) {
    if (index >= level->size()) return nullptr;
    block = &(*level)[index];
    level = &block->children;
  }
  return block;
}

namespace {

// Facts, link addresses and code spans: what the translator must keep as
// it is (the XLIFF protected codes, the E1005 check), in order, each once.
void CollectProtected(const std::vector<Inline>& inlines, std::vector<std::string>* found) {
  for (const Inline& item : inlines) {
    std::string what;
    if (item.kind == InlineKind::Fact) what = "the fact {{ " + item.text + " }}";
    if (item.kind == InlineKind::Link) what = "the link address " + item.text;
    if (item.kind == InlineKind::Image) what = "the image " + item.text;
    if (item.kind == InlineKind::Code) what = "the code `" + item.text + "`";
    if (!what.empty() && std::find(found->begin(), found->end(), what) == found->end()) found->push_back(what);
    CollectProtected(item.children, found);
  }
}

}  // namespace

std::vector<TranslatorNote> TranslatorNotes(const Unit& unit, bool units_compared) {
  std::vector<TranslatorNote> notes{{"context", Where(unit)}};
  if (unit.kind == UnitKind::Commitment) {
    std::string keep = "A promise to the public: keep every number, unit and period exactly as in the source. ";
    notes.push_back({"commitment", units_compared
                                       ? keep + "charterc checks that the translation states the same numbers "
                                                "(in digits or in words) with the same units."
                                       : keep + "charterc checks that the translation states the same numbers "
                                                "(in digits or in words), but it has no lexicon to read units in "
                                                "this language: check the units yourself."});
  }
  std::vector<std::string> kept;
  if (!IsFrontMatter(unit.kind)) CollectProtected(unit.inlines, &kept);
  if (!kept.empty()) {
    std::string text = "Protected, copy exactly: ";
    for (size_t i = 0; i < kept.size(); ++i) text += (i == 0 ? "" : "; ") + kept[i];
    notes.push_back({"protected", text + "."});
  }
  return notes;
}

}  // namespace charterc
