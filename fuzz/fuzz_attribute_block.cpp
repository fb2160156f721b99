// libFuzzer harness: the attribute-block grammar ({#id key="value"}) on its
// own, line by line, many thousand times faster than a whole build. Besides
// the sanitizers, it checks the contracts of markdown/attribute_block.h:
// every offset and length it returns lies inside the line.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "markdown/attribute_block.h"

namespace {

void Require(bool holds) {
  if (!holds) std::abort();
}

void CheckLine(std::string_view line) {
  std::optional<charterc::AttributeBlockMatch> trailing = charterc::FindTrailingAttributeBlock(line);
  size_t trailing_offset = std::string_view::npos;
  if (trailing) {
    Require(trailing->offset < line.size() && line[trailing->offset] == '{');
    if (trailing->error) Require(trailing->error_offset <= line.size());
    trailing_offset = trailing->offset;
  }
  for (const auto& [offset, length] : charterc::FindStrayAttributeBlocks(line, trailing_offset)) {
    Require(offset < line.size() && line[offset] == '{');
    Require(length > 0 && length <= line.size() - offset);
    Require(offset != trailing_offset);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    CheckLine(text.substr(start, end - start));
    start = end + 1;
  }
  return 0;
}
