#pragma once
// The previous translation of a changed source, kept as a translation
// candidate with the XLIFF 2 Translation Candidates module, as CAT tools
// expect: inside the unit, before its notes,
//   <mtc:matches>
//     <mtc:match ref="#s1" type="tm" subType="cc:previous" origin="charterc">
//       <originalData>...</originalData>  (the codes of the old source)
//       <source>old source</source><target>old target</target>
//     </mtc:match>
//   </mtc:matches>
// with ref pointing at the unit's segment (id "s1"), which then has
// state="initial" and no target. Only matches marked cc:previous are read
// back as the unit's previous translation; candidates a translation tool
// adds from its own memory are left alone.

#include <pugixml.hpp>

namespace charterc {

inline constexpr const char* kMatchesNamespace = "urn:oasis:names:tc:xliff:matches:2.0";
inline constexpr const char* kPreviousSubType = "cc:previous";
inline constexpr const char* kMatchedSegmentId = "s1";

// Whether `node` is the matches module's element `local_name`, whatever
// prefix the file binds the module's namespace to.
bool IsMatchesElement(pugi::xml_node node, const char* local_name);

// The unit's cc:previous match with a target, or a null node.
pugi::xml_node PreviousTranslation(pugi::xml_node xml_unit);

// Adds to `xml_unit` (which must already hold its <segment>) a cc:previous
// match made of `old_source` and `old_target` (copied with the codes
// `old_data` describes, may be null) and gives the segment the id the
// match refers to.
void AppendPreviousTranslation(pugi::xml_node xml_unit, pugi::xml_node old_source, pugi::xml_node old_target,
                               pugi::xml_node old_data);

}  // namespace charterc
