#pragma once
// Every commitment in every language it is published in, as the page shows
// it: the rows of commitments.json and commitments.csv. The text is plain
// text with each fact formatted for its language ("2 diwrnod gwaith"),
// never a raw {{ placeholder }}; URLs are absolute when the base URL is
// known; source files are named relative to the project folder, whatever
// folder the build was given.

#include <functional>
#include <list>
#include <string>
#include <vector>

#include "i18n/ui_strings.h"
#include "model/project.h"

namespace charterc {

// A language's UI strings (facts and numbers formatted as its pages do).
using LanguageStrings = std::function<const UiStrings&(const std::string& lang)>;

struct PublishedCommitment {
  const Document* source = nullptr;      // the source document
  const Document* page = nullptr;        // the document in `lang`: the source or an edition
  const Commitment* commitment = nullptr;  // in `page`
  int index = 0;                         // in the source's commitments (parallel in every edition)
  std::string lang;
  std::string text;     // as published: plain text, facts formatted
  std::string lead_in;  // likewise; empty when none
  std::string url;      // the commitment's anchor on its page
  std::string source_file;       // the source document, relative to the project folder
  std::string translation_file;  // the translation it was built from; empty for the source
  // False when an edition shows this commitment in the source language
  // (not translated yet, or stale).
  bool translated = true;
};

// Sources in project order (every one, published or not), each followed by
// its editions in `editions`' order; commitments in document order.
std::vector<PublishedCommitment> PublishedCommitments(const Project& project, const std::list<Document>& editions,
                                                      const LanguageStrings& strings);

// `path` (a file the project loaded) relative to the project folder:
// "charters/charter.md" even when the folder was given as an absolute path.
std::string ProjectFile(const Project& project, const std::string& path);

}  // namespace charterc
