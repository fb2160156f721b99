#pragma once
// Depth-first visits of a document's inlines, for checks that look at every
// link or fact wherever it sits (lists, tables, quotes, emphasis).

#include <functional>

#include "model/document.h"

namespace charterc {

// The title's and summary's inlines come first, then the body's.
void ForEachInline(const Document& doc, const std::function<void(const Inline&)>& visit);
// Every block of `doc`, parents before their children.
void ForEachBlock(const Document& doc, const std::function<void(const Block&)>& visit);

}  // namespace charterc
