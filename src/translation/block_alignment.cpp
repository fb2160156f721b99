#include "translation/block_alignment.h"

#include <algorithm>

#include "analysis/number_values.h"
#include "analysis/reading_cache.h"
#include "i18n/locale_info.h"

namespace charterc {

namespace {

std::string BlockText(const Block& block) {
  std::string text = PlainText(block.inlines);
  for (const Block& child : block.children) text += " " + BlockText(child);
  return text;
}

const char* KindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::Paragraph: return "paragraph";
    case BlockKind::Heading: return "heading";
    case BlockKind::List: return "list";
    case BlockKind::ListItem: return "list item";
    case BlockKind::BlockQuote: return "quotation";
    case BlockKind::CodeBlock: return "code block";
    case BlockKind::ThematicBreak: return "rule";
    case BlockKind::Table: return "table";
    case BlockKind::TableRow: return "table row";
    case BlockKind::TableCell: return "table cell";
  }
  return "block";
}

// Two blocks that may translate each other: same kind and shape.
bool Compatible(const Block& a, const Block& b) {
  return a.kind == b.kind && a.level == b.level && a.ordered == b.ordered;
}

std::string Excerpt(const Block& block) {
  std::string text = BlockText(block);
  size_t start = text.find_first_not_of(' ');
  text = start == std::string::npos ? "" : text.substr(start);
  if (text.size() > 60) {
    size_t cut = text.rfind(' ', 60);
    if (cut == std::string::npos) {  // no space (CJK, Thai): cut between characters, not inside one
      cut = 60;
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    text = text.substr(0, cut) + " ...";
  }
  return text;
}

class Aligner {
 public:
  Aligner(const Document& source, const Document& edition, const FactTable& facts, DiagnosticSink& sink,
          ReadingCache* cache)
      : source_(source), edition_(edition), facts_(facts), sink_(sink), cache_(cache) {
    ParseLanguageTag(source.meta.lang, &source_locale_);
    ParseLanguageTag(edition.meta.lang, &edition_locale_);
  }

  std::map<BlockPath, BlockPath> Run() {
    BlockPath source_path, edition_path;
    AlignChildren(source_.blocks, edition_.blocks, &source_path, &edition_path);
    return std::move(pairs_);
  }

 private:
  bool HasOwnId(const Document& doc, const Block& block) const {
    return block.commitment && !doc.commitments[*block.commitment].implicit;
  }

  // Pairs two sequences of sibling blocks.
  void AlignChildren(const std::vector<Block>& source, const std::vector<Block>& edition, BlockPath* source_path,
                     BlockPath* edition_path) {
    std::vector<std::pair<int, int>> steps = Steps(source, edition);  // -1: no counterpart
    for (size_t k = 0; k < steps.size(); ++k) {
      auto [s, e] = steps[k];
      if (s >= 0 && e >= 0) {
        source_path->push_back(s);
        edition_path->push_back(e);
        pairs_[*edition_path] = *source_path;
        AlignChildren(source[s].children, edition[e].children, source_path, edition_path);
        source_path->pop_back();
        edition_path->pop_back();
      } else if (s >= 0) {
        ReportDropped(source, s, NextEditionBlock(steps, k, edition));
      } else {
        ReportAdded(edition[e], PreviousSourceBlock(steps, k, source));
      }
    }
  }

  // The pairing of `source` and `edition` (indices; -1 where one side has
  // no counterpart): the alignment that pairs most blocks of one kind,
  // counting a pair that states the same numbers three times. So blocks
  // stay paired in order, even where a number was mistranslated, unless
  // an item dropped in one place and one added in another shift the
  // blocks between them, which then agree once shifted.
  std::vector<std::pair<int, int>> Steps(const std::vector<Block>& source, const std::vector<Block>& edition) {
    size_t n = source.size(), m = edition.size();
    std::vector<std::pair<int, int>> steps;
    std::vector<std::vector<double>> source_numbers, edition_numbers;
    for (const Block& block : source) {
      source_numbers.push_back(CachedNumberValues(cache_, BlockText(block), source_locale_, facts_, {}, 0));
    }
    for (const Block& block : edition) {
      edition_numbers.push_back(CachedNumberValues(cache_, BlockText(block), edition_locale_, facts_, {}, 0));
    }
    bool in_step = n == m;  // same shape and numbers: paired in order at once
    for (size_t k = 0; in_step && k < n; ++k) {
      in_step = Compatible(source[k], edition[k]) && source_numbers[k] == edition_numbers[k];
    }
    if (in_step) {
      for (size_t k = 0; k < n; ++k) steps.emplace_back(static_cast<int>(k), static_cast<int>(k));
      return steps;
    }
    auto gain = [&](size_t i, size_t j) {
      if (!Compatible(source[i], edition[j])) return -1;
      return source_numbers[i] == edition_numbers[j] ? 3 : 1;
    };
    std::vector<std::vector<int>> best(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
      for (size_t j = m; j-- > 0;) {
        int pair = gain(i, j) < 0 ? -1 : gain(i, j) + best[i + 1][j + 1];
        best[i][j] = std::max({best[i + 1][j], best[i][j + 1], pair});
      }
    }
    size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && gain(i, j) >= 0 && best[i][j] == gain(i, j) + best[i + 1][j + 1]) {
        steps.emplace_back(static_cast<int>(i++), static_cast<int>(j++));
      } else if (i < n && (j == m || best[i][j] == best[i + 1][j])) {
        steps.emplace_back(static_cast<int>(i++), -1);
      } else {
        steps.emplace_back(-1, static_cast<int>(j++));
      }
    }
    return steps;
  }

  static const Block* NextEditionBlock(const std::vector<std::pair<int, int>>& steps, size_t k,
                                       const std::vector<Block>& edition) {
    for (size_t next = k + 1; next < steps.size(); ++next) {
      if (steps[next].second >= 0) return &edition[steps[next].second];
    }
    return nullptr;
  }

  static const Block* PreviousSourceBlock(const std::vector<std::pair<int, int>>& steps, size_t k,
                                          const std::vector<Block>& source) {
    for (size_t previous = k; previous-- > 0;) {
      if (steps[previous].first >= 0) return &source[steps[previous].first];
    }
    return nullptr;
  }

  std::string Where(const Document& doc, const Block& block) const {
    return doc.path + ":" + std::to_string(block.location.line);
  }

  std::string Named(const Block& block) const {
    std::string name = KindName(block.kind);
    if (block.kind == BlockKind::ListItem && block.number > 0) name += " " + std::to_string(block.number) + ".";
    std::string excerpt = Excerpt(block);
    return excerpt.empty() ? name : name + " \"" + excerpt + "\"";
  }

  // Reported where the block should be in the edition: before the next
  // block that has a counterpart.
  void ReportDropped(const std::vector<Block>& source, int s, const Block* next) {
    const Block& block = source[s];
    if (HasOwnId(source_, block)) return;  // matched by its id; untranslated, not misplaced
    // Nothing after it in the edition: the translation stops early there, so
    // no later block is paired with the wrong one. It is untranslated (shown
    // in the source language, counted as missing), not misplaced.
    if (next == nullptr) return;
    SourceLocation at = next->location;
    std::string place = "before line " + std::to_string(next->location.line);
    sink_.Report(DiagCode::E1021, at,
                 "the " + Named(block) + " of " + Where(source_, block) + " has no counterpart in " + edition_.path +
                     " (it would come " + place + ")",
                 "translate it here, so that every block lines up with the one it translates; a block dropped "
                 "on purpose must be dropped from the source too");
  }

  void ReportAdded(const Block& block, const Block* previous) {
    if (HasOwnId(edition_, block)) return;  // its id is checked against the source's
    std::string after = previous ? " (it comes after the " + std::string(KindName(previous->kind)) + " of " +
                                       Where(source_, *previous) + ")"
                                 : "";
    sink_.Report(DiagCode::E1003, block.location,
                 "the " + Named(block) + " is not in " + source_.path + after,
                 "keep the source's structure: the same headings, paragraphs, list items and table rows in the "
                 "same order, so each block can be matched to the one it translates");
  }

  const Document& source_;
  const Document& edition_;
  const FactTable& facts_;
  DiagnosticSink& sink_;
  ReadingCache* cache_;  // null: every number read afresh
  icu::Locale source_locale_, edition_locale_;
  std::map<BlockPath, BlockPath> pairs_;
};

}  // namespace

std::map<BlockPath, BlockPath> AlignBlocks(const Document& source, const Document& edition, const FactTable& facts,
                                           DiagnosticSink& sink, ReadingCache* cache) {
  return Aligner(source, edition, facts, sink, cache).Run();
}

}  // namespace charterc
