#pragma once
// Turning yaml-cpp positions (0-based) into source locations (1-based).

#include <yaml-cpp/yaml.h>

#include "base/source_file.h"

namespace charterc {

inline SourceLocation YamlLocation(const SourceFile& source, const YAML::Mark& mark, int first_line = 1) {
  if (mark.line < 0) return SourceLocation{source.path(), 1, 1, 0};
  int line = first_line + mark.line;
  return source.LocationOf(source.LineStart(line) + mark.column);
}

}  // namespace charterc
