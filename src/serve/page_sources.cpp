#include "serve/page_sources.h"

#include <algorithm>

#include "base/file_system.h"

namespace charterc {

namespace {

void AddUnique(std::vector<std::string>* list, const std::string& value) {
  if (std::find(list->begin(), list->end(), value) == list->end()) list->push_back(value);
}

// "en/charter.html" -> {"en", "charter"}; false for other shapes.
bool SplitPage(std::string_view page, std::string* folder, std::string* stem) {
  size_t slash = page.find('/');
  if (slash == std::string_view::npos || page.find('/', slash + 1) != std::string_view::npos) return false;
  std::string_view file = page.substr(slash + 1);
  constexpr std::string_view kHtml = ".html";
  if (file.size() <= kHtml.size() || file.substr(file.size() - kHtml.size()) != kHtml) return false;
  *folder = std::string(page.substr(0, slash));
  *stem = std::string(file.substr(0, file.size() - kHtml.size()));
  return !folder->empty();
}

bool IsProjectPage(std::string_view folder, std::string_view stem) {
  if (stem == "index" && (folder == "evidence" || folder == "report")) return true;
  return stem == "traceability" || stem == "how-we-did";
}

// The sources of a known document's page in `folder` (a language, or a
// bilingual-<a>-<b> folder); kind Other when it has no such language.
PageSources DocumentPage(const std::string& name, const PageDocument& doc, const std::string& folder) {
  const bool bilingual = folder.rfind("bilingual-", 0) == 0;
  PageSources sources{PageKind::Document, name, bilingual ? "" : folder, {doc.source}, {doc.source}, true};
  for (const auto& [lang, files] : doc.translations) {
    for (const std::string& file : files) {
      AddUnique(&sources.files, file);
      // A bilingual page's languages cannot be told apart in its folder name
      // (tags hold '-' too): every translation counts.
      if (bilingual || lang == folder) AddUnique(&sources.own_files, file);
    }
  }
  if (!bilingual && folder != doc.lang && doc.translations.count(folder) == 0) return {};
  return sources;
}

}  // namespace

PageIndex IndexPages(const Project& project) {
  PageIndex index;
  index.root = project.root;
  for (const Document& doc : project.documents) index.documents[doc.name] = {doc.meta.lang, doc.path, {}};
  for (const Translation& translation : project.translations) {
    auto it = index.documents.find(translation.document);
    if (it == index.documents.end()) continue;
    std::vector<std::string>& files = it->second.translations[translation.lang];
    AddUnique(&files, translation.path);
    for (const std::string& path : translation.merged_paths) AddUnique(&files, path);
  }
  return index;
}

PageSources SourcesOfPage(const PageIndex& index, std::string_view page) {
  if (page == "index.html") return {PageKind::Project};
  std::string folder, stem;
  if (!SplitPage(page, &folder, &stem)) return {};
  if (IsProjectPage(folder, stem)) return {PageKind::Project};
  auto it = index.documents.find(stem);
  if (it != index.documents.end()) return DocumentPage(stem, it->second, folder);
  std::string guess = JoinPath(index.root, "charters/" + stem + ".md");
  const bool bilingual = folder.rfind("bilingual-", 0) == 0;
  return {PageKind::Document, stem, bilingual ? "" : folder, {guess}, {guess}, false};
}

}  // namespace charterc
