#pragma once
// pugixml leaves an entity reference it does not know ("&nbsp;", "&x;")
// in the text as it stands, so it would be published literally. XML itself
// knows five named entities and numeric references, and an XLIFF file
// declares no others (charterc never reads a DTD), so any other is an error.

#include <optional>
#include <string>
#include <string_view>

namespace charterc {

struct UndefinedEntity {
  size_t offset = 0;  // of the '&'
  std::string name;   // "nbsp", or "#0" for a numeric reference
  bool numeric = false;  // a reference to a character XML does not allow
};

// The first reference to an entity other than lt, gt, amp, quot and apos,
// or a numeric reference to a character XML does not allow (&#0;, &#xFFFE;),
// in XML `text`, outside comments and CDATA sections.
std::optional<UndefinedEntity> FindUndefinedEntity(std::string_view text);

}  // namespace charterc
