#include "render/criterion_links.h"

#include <algorithm>
#include <cctype>

namespace charterc {

std::string CriterionAnchor(const std::string& framework, const std::string& number) {
  return framework + "-" + number;
}

std::string CriterionLabel(const std::string& framework, const std::string& number) {
  std::string name = framework;
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
  return name + " " + number;
}

}  // namespace charterc
