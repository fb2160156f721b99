#pragma once
// The one traversal of the charter model that every output format shares.
// A format supplies a handler with enter/exit events per block and inline
// (the cmark renderer pattern); the walker owns the order.

#include <vector>

#include "model/block.h"

namespace charterc {

class ModelHandler {
 public:
  virtual ~ModelHandler() = default;
  virtual void EnterBlock(const Block& block) = 0;
  virtual void ExitBlock(const Block& block) = 0;
  virtual void EnterInline(const Inline& node) = 0;
  virtual void ExitInline(const Inline& node) = 0;
};

// Blocks in document order: enter, inlines, children, exit.
void WalkBlocks(const std::vector<Block>& blocks, ModelHandler& handler);
void WalkInlines(const std::vector<Inline>& inlines, ModelHandler& handler);

}  // namespace charterc
