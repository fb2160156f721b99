#include "model/visit.h"

namespace charterc {

namespace {

void VisitInlines(const std::vector<Inline>& inlines, const std::function<void(const Inline&)>& visit) {
  for (const Inline& node : inlines) {
    visit(node);
    VisitInlines(node.children, visit);
  }
}

void VisitBlocks(const std::vector<Block>& blocks, const std::function<void(const Inline&)>& visit) {
  for (const Block& block : blocks) {
    VisitInlines(block.inlines, visit);
    VisitBlocks(block.children, visit);
  }
}

void WalkBlocks(const std::vector<Block>& blocks, const std::function<void(const Block&)>& visit) {
  for (const Block& block : blocks) {
    visit(block);
    WalkBlocks(block.children, visit);
  }
}

}  // namespace

void ForEachBlock(const Document& doc, const std::function<void(const Block&)>& visit) {
  WalkBlocks(doc.blocks, visit);
}

void ForEachInline(const Document& doc, const std::function<void(const Inline&)>& visit) {
  VisitInlines(doc.meta.title_inlines, visit);
  VisitInlines(doc.meta.summary_inlines, visit);
  VisitBlocks(doc.blocks, visit);
}

}  // namespace charterc
