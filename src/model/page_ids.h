#pragma once
// Ids the page itself uses around a document's content: the skip link's
// target "main" (in the default theme) and every id starting "charterc-"
// (the contents list). A document may not take them, or anchors would clash.

#include <string>

namespace charterc {

inline bool IsPageId(const std::string& id) { return id == "main" || id.rfind("charterc-", 0) == 0; }

}  // namespace charterc
