#pragma once
// The localise stage, between check and render: from the checked model,
// every language's edition of each document that will be published. The
// renderers get this value; none of them builds an edition.

#include <list>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "analysis/analysis.h"
#include "model/project.h"

namespace charterc {

struct Localised {
  std::list<Document> editions;  // a list: pages keep pointers to them
  // Document name -> the languages of its editions (not the source's), in
  // the order the translations were loaded.
  std::map<std::string, std::vector<std::string>> edition_langs;
  // What is published, sources without errors first (in project order),
  // then editions.
  std::vector<const Document*> pages;
};

// `with_errors`: files with integrity errors; a source among them is not
// published, nor are its editions; a translation among them (or one of the
// files merged into it) has no edition. `withheld_langs`: languages
// checked but not published (N1015).
Localised Localise(const Project& project, const Analysis& analysis, const std::set<std::string>& with_errors,
                   const std::set<std::string>& withheld_langs);

}  // namespace charterc
