#pragma once
// Translatable units: the pieces of a document a translator translates one
// at a time (the title, the summary, each heading, paragraph and table
// cell). Markdown translations, XLIFF and PO files all speak in units, and
// a unit's id is the same in every one of them:
//   - a commitment's paragraph: the commitment id ("email-reply");
//   - a heading: its section id in the source ("getting-in-touch");
//   - any other block: "<section id>-<n>", the n-th such block of its
//     section ("intro-1" before the first heading), skipping a number
//     whose id the document already has (a section {#ask-2} after a
//     section {#ask}: that section's second block is "ask-3");
//   - the front matter's title, summary, owner and contact: "title",
//     "summary", "front-matter:owner", "front-matter:contact". An id in a
//     document never has a ':', so "#contact", the id of many a contact
//     section, stays apart from the contact address. (A heading with the id
//     "title" or "summary" still shares it with the front matter's.)

#include <string>
#include <vector>

#include "model/document.h"

namespace charterc {

enum class UnitKind { Title, Summary, Owner, Contact, Heading, Commitment, Paragraph, Cell };

const char* UnitKindName(UnitKind kind);  // "title", "commitment", ...

// Title, summary, owner and contact: the units that come from the front
// matter rather than from a block of the body.
bool IsFrontMatter(UnitKind kind);

// "title", "summary", "front-matter:owner", "front-matter:contact"; only
// for front-matter kinds.
std::string FrontMatterUnitId(UnitKind kind);

struct Unit {
  std::string id;
  UnitKind kind = UnitKind::Paragraph;
  std::vector<Inline> inlines;
  std::string text;         // plain text, facts as {{ name }}
  std::string fingerprint;  // of `text`
  std::string section;      // the enclosing section's title, for translators' notes
  SourceLocation location;
  std::string from;         // in a Markdown translation: the from= attribute, if any
  std::vector<size_t> path;  // child indices from Document::blocks to the block; empty for front matter
};

// The units of `doc` in document order. `section_ids`, when given, names
// the sections by position instead of by the document's own ids: a
// translation's headings are matched to the source's in order, so a
// heading whose id was derived from its (translated) text still lines up.
std::vector<Unit> SegmentDocument(const Document& doc, const std::vector<std::string>* section_ids = nullptr);

// The ids of SegmentDocument(doc), in order.
std::vector<std::string> UnitIds(const Document& doc);

// What a translator needs to know about a unit, as notes by category
// ("context": where it is; "commitment": what is checked of it). Numbers
// are checked in every language; units only where `units_compared` (both
// languages have a lexicon, see analysis/unit_status.h).
struct TranslatorNote {
  const char* category;
  std::string text;
};
std::vector<TranslatorNote> TranslatorNotes(const Unit& unit, bool units_compared = true);

// The block at `path` (see Unit::path).
Block* BlockAt(std::vector<Block>& blocks, const std::vector<size_t>& path);

}  // namespace charterc
