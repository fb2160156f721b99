#pragma once
// Block structure of the charter model: headings, paragraphs, lists, tables.
// A block that carries an attribute block with an id is addressable; a
// paragraph or list item with one is a commitment (see commitment.h).

#include <optional>
#include <string>
#include <vector>

#include "base/source_location.h"
#include "model/attributes.h"
#include "model/inline.h"

namespace charterc {

enum class BlockKind {
  Paragraph,
  Heading,        // level 2..6 (level 1 is the document title)
  List,           // ordered, start
  ListItem,
  BlockQuote,
  CodeBlock,      // literal, info
  ThematicBreak,
  Table,          // children: rows; alignments
  TableRow,       // header
  TableCell,
};

enum class CellAlign { None, Left, Center, Right };

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  int level = 0;
  bool ordered = false;
  bool tight = false;  // List: items hold bare text, not paragraphs
  int start = 1;
  // ListItem of an ordered list: its number as the source writes it ("5."
  // after "3." is 5, not 4); pages and text keep it, and a clause's id uses it.
  int number = 0;
  bool header = false;
  std::string literal;
  std::string info;
  std::vector<CellAlign> alignments;
  std::vector<Inline> inlines;
  std::vector<Block> children;
  std::optional<Attributes> attributes;
  // Index into Document::commitments when this block is a commitment.
  std::optional<size_t> commitment;
  SourceLocation location;
  int last_line = 0;  // the block's last source line (where --write-ids appends a block)
  // In an edition in another language: the language of this block's text
  // when it is not the page's (an untranslated or stale unit shown in the
  // source language), and whether it is there because it went stale.
  std::string fallback_lang;
  bool stale = false;

  const std::string* Id() const { return attributes && !attributes->id.empty() ? &attributes->id : nullptr; }
};

}  // namespace charterc
