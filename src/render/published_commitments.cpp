#include "render/published_commitments.h"

#include "base/file_system.h"
#include "model/visit.h"
#include "output/output_layout.h"
#include "render/render_context.h"

namespace charterc {

namespace {

// Whether the edition's block at the commitment shows the source's text:
// the edition builder marks such blocks with the source language.
bool HasFallback(const Block& block) {
  if (!block.fallback_lang.empty()) return true;
  for (const Block& child : block.children) {
    if (HasFallback(child)) return true;
  }
  return false;
}

bool ShownUntranslated(const Document& page, size_t index) {
  bool fallback = false;
  ForEachBlock(page, [&](const Block& block) {
    if (block.commitment == index && HasFallback(block)) fallback = true;
  });
  return fallback;
}

void AddRows(const Project& project, const Document& source, const Document& page, const LanguageStrings& strings,
             std::vector<PublishedCommitment>* rows) {
  const OutputLayout layout(project.config.base_url, project.config.path_prefix);
  const UiStrings& language = strings(page.meta.lang);
  for (size_t i = 0; i < page.commitments.size(); ++i) {
    const Commitment& commitment = page.commitments[i];
    PublishedCommitment row;
    row.source = &source;
    row.page = &page;
    row.commitment = &commitment;
    row.index = static_cast<int>(i);
    row.lang = page.meta.lang;
    row.text = WithFactsFormatted(project, language, commitment.text);
    row.lead_in = WithFactsFormatted(project, language, commitment.lead_in);
    row.url = layout.Published(OutputLayout::Document(page.meta.lang, page.name), commitment.id);
    row.source_file = ProjectFile(project, source.path);
    if (page.edition) {
      row.translation_file = ProjectFile(project, page.translation_path);
      row.translated = !ShownUntranslated(page, i);
    }
    rows->push_back(std::move(row));
  }
}

}  // namespace

std::string ProjectFile(const Project& project, const std::string& path) {
  std::string relative = ProjectRelativePath(project.root, path);
  while (relative.rfind("./", 0) == 0) relative.erase(0, 2);
  if (relative.empty() || relative.front() != '/') return relative;
  // The root spelled differently from the path (never expected): the
  // project's own folders still name the file without this machine's.
  for (const char* folder : {"/charters/", "/locales/"}) {
    size_t at = relative.rfind(folder);
    if (at != std::string::npos) return relative.substr(at + 1);
  }
  return relative.substr(relative.rfind('/') + 1);
}

std::vector<PublishedCommitment> PublishedCommitments(const Project& project, const std::list<Document>& editions,
                                                      const LanguageStrings& strings) {
  std::vector<PublishedCommitment> rows;
  for (const Document& source : project.documents) {
    AddRows(project, source, source, strings, &rows);
    for (const Document& edition : editions) {
      if (edition.name == source.name) AddRows(project, source, edition, strings, &rows);
    }
  }
  return rows;
}

}  // namespace charterc
