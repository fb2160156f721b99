#pragma once
// A promise made by a charter (or a standard, in a standards document): the
// unit every check and report is about.

#include <string>
#include <vector>

#include "base/source_location.h"
#include "model/attributes.h"
#include "model/ref.h"

namespace charterc {

struct Commitment {
  std::string id;
  std::string text;        // plain text, facts shown as {{ name }}
  // The line a fragment bullet completes ("We will:" before "Answer emails
  // within two working days"): the promise is read as lead-in + text.
  std::string lead_in;
  // The period a table row's share is measured over, from its "Measured"
  // column ("Monthly") or its results' header ("2024/25 result").
  std::string period;
  std::string section_id;  // the enclosing heading's id, if any
  std::vector<Ref> refs;
  std::string dimension;   // SERVQUAL dimension, when given
  std::string target;      // explicit target="...", when given
  Attributes attributes;
  SourceLocation location;  // of the list item or paragraph
  int last_line = 0;        // the block's last source line
  // The block's source lines as written (location.line to last_line), so a
  // diagnostic can put its caret under the very word it is about.
  std::vector<std::string> source_lines;
  // Found without markup (see model/implicit_commitments.h): its id was
  // derived, and --write-ids can append "{#id}" at the end of `write_line`.
  bool implicit = false;
  int write_line = 0;
};

}  // namespace charterc
