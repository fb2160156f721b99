#pragma once
// A cross-reference from a commitment: to a framework criterion (cse:5.1.1),
// to an id in another document (standards#email-response) or in the same
// document (#contact).

#include <optional>
#include <string>

#include "base/source_location.h"

namespace charterc {

struct Ref {
  enum class Kind { Criterion, Document, Local };
  Kind kind = Kind::Local;
  std::string framework;  // Criterion: "cse"
  std::string criterion;  // Criterion: "5.1.1"
  std::string document;   // Document: "standards"; Local: empty
  std::string id;         // Document and Local: the target id; may be empty for a whole document
  std::string text;       // as written
  SourceLocation location;
};

// Parses one ref as written in refs="..."; nothing when malformed.
std::optional<Ref> ParseRef(const std::string& text);

// Whether `id` is a valid element id: ASCII letter first, then letters,
// digits, '-', '_' or '.'.
bool IsValidId(const std::string& id);

}  // namespace charterc
