#pragma once
// The key/value pairs of an attribute block {#id key="value" key=value}.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/source_location.h"

namespace charterc {

struct Attributes {
  std::string id;
  std::vector<std::pair<std::string, std::string>> values;  // in source order
  std::vector<std::string> classes;                           // ".decorative" -> "decorative"
  SourceLocation location;                                    // of the opening '{'

  std::optional<std::string> Get(const std::string& key) const;
};

}  // namespace charterc
