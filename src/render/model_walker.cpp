#include "render/model_walker.h"

namespace charterc {

void WalkInlines(const std::vector<Inline>& inlines, ModelHandler& handler) {
  for (const Inline& node : inlines) {
    handler.EnterInline(node);
    WalkInlines(node.children, handler);
    handler.ExitInline(node);
  }
}

void WalkBlocks(const std::vector<Block>& blocks, ModelHandler& handler) {
  for (const Block& block : blocks) {
    handler.EnterBlock(block);
    WalkInlines(block.inlines, handler);
    WalkBlocks(block.children, handler);
    handler.ExitBlock(block);
  }
}

}  // namespace charterc
