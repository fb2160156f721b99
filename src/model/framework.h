#pragma once
// A criteria framework that commitments cite (cse:4.2.1): the Customer
// Service Excellence standard, SERVQUAL's dimensions, or a project's own.
// Frameworks are data (YAML), built into the binary or in
// charters/frameworks/<id>.yaml.

#include <map>
#include <string>
#include <vector>

#include "base/source_location.h"

namespace charterc {

struct Criterion {
  std::string number;  // "4.2.1", or a name such as "empathy"
  std::string label;   // a short description in our own words
  std::string parent;  // the number of the criterion above it; empty at the top
  bool leaf = true;    // an element with no criteria under it
  bool unverified = false;  // numbering not confirmed against the published standard
};

struct Framework {
  std::string id;     // "cse": the prefix refs use
  std::string title;  // "Customer Service Excellence"
  std::string version;
  // The language its titles and labels are written in (a BCP 47 tag): pages
  // in another language mark them with it. The built-in ones are English.
  std::string lang = "en";
  std::vector<Criterion> criteria;  // in document order, parents before children
  SourceLocation location;          // where it was defined (empty for built-in ones)

  const Criterion* Find(const std::string& number) const;
  // An unknown number whose parent is known ("4.2.9" when 4.2 exists) is
  // plausible: a newer edition may have it. "4.4.1" is not.
  bool IsPlausible(const std::string& number) const;
};

using FrameworkTable = std::map<std::string, Framework>;  // by id

}  // namespace charterc
