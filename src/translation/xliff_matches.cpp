#include "translation/xliff_matches.h"

#include <string>

namespace charterc {

namespace {

// The namespace bound to `prefix` ("" for the default one) at `node`.
std::string NamespaceOf(pugi::xml_node node, const std::string& prefix) {
  std::string attribute = prefix.empty() ? "xmlns" : "xmlns:" + prefix;
  for (pugi::xml_node at = node; at; at = at.parent()) {
    if (pugi::xml_attribute declared = at.attribute(attribute.c_str())) return declared.value();
  }
  return {};
}

}  // namespace

bool IsMatchesElement(pugi::xml_node node, const char* local_name) {
  if (node.type() != pugi::node_element) return false;
  std::string name = node.name();
  size_t colon = name.find(':');
  std::string prefix = colon == std::string::npos ? "" : name.substr(0, colon);
  std::string local = colon == std::string::npos ? name : name.substr(colon + 1);
  return local == local_name && NamespaceOf(node, prefix) == kMatchesNamespace;
}

pugi::xml_node PreviousTranslation(pugi::xml_node xml_unit) {
  for (pugi::xml_node matches : xml_unit.children()) {
    if (!IsMatchesElement(matches, "matches")) continue;
    for (pugi::xml_node match : matches.children()) {
      if (IsMatchesElement(match, "match") && std::string(match.attribute("subType").value()) == kPreviousSubType &&
          match.child("target")) {
        return match;
      }
    }
  }
  return {};
}

void AppendPreviousTranslation(pugi::xml_node xml_unit, pugi::xml_node old_source, pugi::xml_node old_target,
                               pugi::xml_node old_data) {
  // The module's elements come first in a unit (XLIFF 2.1, section 4.2.2.3).
  pugi::xml_node matches = xml_unit.prepend_child("mtc:matches");
  // Declared here, so the files of units without candidates stay as they were.
  matches.append_attribute("xmlns:mtc") = kMatchesNamespace;
  pugi::xml_node match = matches.append_child("mtc:match");
  match.append_attribute("ref") = (std::string("#") + kMatchedSegmentId).c_str();
  match.append_attribute("type") = "tm";
  match.append_attribute("subType") = kPreviousSubType;
  match.append_attribute("origin") = "charterc";
  if (old_data) match.append_copy(old_data);
  match.append_copy(old_source);
  match.append_copy(old_target);
  pugi::xml_node segment = xml_unit.child("segment");
  if (!segment.attribute("id")) segment.prepend_attribute("id") = kMatchedSegmentId;
}

}  // namespace charterc
