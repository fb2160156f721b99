#pragma once
// Which source files a served page is made from, so the preview can show
// the diagnostics of that page only. Pure: built from the loaded project
// once per build, queried by every request.
//
// The page names are read back from the output layout by hand
// (<lang>/<doc>.html, bilingual-<a>-<b>/<doc>.html, index.html,
// <lang>/traceability.html, evidence/ and report/); they follow what the
// site writer writes.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/project.h"

namespace charterc {

// One document as the preview needs it: its languages and files, as
// diagnostics name them.
struct PageDocument {
  std::string lang;    // the source's
  std::string source;  // "charters/charter.md"
  // By language: the files of its translation (several when merged).
  std::map<std::string, std::vector<std::string>> translations;
};

struct PageIndex {
  std::string root;  // the project folder, as diagnostics' paths start
  std::map<std::string, PageDocument> documents;  // by name ("charter")
};

PageIndex IndexPages(const Project& project);

enum class PageKind {
  Document,  // a document's page in one language (or two, bilingual)
  Project,   // a page made from every document: index, traceability, report
  Other,     // a stylesheet, an image, a page not known
};

struct PageSources {
  PageKind kind = PageKind::Other;
  std::string document = {};       // for PageKind::Document
  std::string lang = {};               // the page's language ("" for bilingual and project pages)
  // For PageKind::Document: the document's source and all its
  // translations (their diagnostics are shown), and the files whose
  // integrity errors keep this page from being written: the source and,
  // on a translation's page, that translation's.
  std::vector<std::string> files = {};
  std::vector<std::string> own_files = {};
  bool loaded = false;  // the document was loaded; false: only its file name is guessed
};

// `page` is relative to the output folder ("en/charter.html"). A document
// that could not be loaded at all (a file that is not UTF-8) is not in the
// index: its page maps to charters/<doc>.md, `loaded` false, so the
// preview can still show why it is missing.
PageSources SourcesOfPage(const PageIndex& index, std::string_view page);

}  // namespace charterc
