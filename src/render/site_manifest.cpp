#include "render/site_manifest.h"

#include <map>

#include <nlohmann/json.hpp>

#include "base/content_hash.h"
#include "i18n/locale_info.h"
#include "output/output_layout.h"

namespace charterc {

namespace {

using Json = nlohmann::ordered_json;

Json Nullable(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

// What a file is, in the words of --format, with "fragment" for the
// embeddable articles and "css" for stylesheets.
std::string Kind(const std::string& path) {
  if (path.rfind("fragments/", 0) == 0) return path.size() > 4 && path.substr(path.size() - 4) == ".css" ? "css" : "fragment";
  if (path.size() > 4 && path.substr(path.size() - 4) == ".css") return "css";
  if (path == OutputLayout::kManifest) return "json";
  if (path == OutputLayout::kSitemap) return "sitemap";
  if (path == OutputLayout::kCommitmentsCsv) return "csv";
  if (path.rfind(OutputLayout::kImageFolder, 0) == 0) return "image";
  return OutputLayout::FormatOf(path);
}

// The file's entry, or null when the build left no such file.
Json FileJson(const std::string& path, const OutputLayout& layout, const ManifestInput& input) {
  std::string bytes;
  if (!input.read(path, &bytes)) return nullptr;
  return {{"format", Kind(path)},
          {"path", path},
          {"url", layout.Published(path)},
          {"bytes", bytes.size()},
          {"xxh3", HashHex(ContentHash(bytes))}};
}

Json FilesJson(const std::vector<std::string>& paths, const OutputLayout& layout, const ManifestInput& input) {
  Json files = Json::array();
  for (const std::string& path : paths) {
    Json file = FileJson(path, layout, input);
    if (!file.is_null()) files.push_back(std::move(file));
  }
  return files;
}

}  // namespace

std::string ManifestJson(const Project& project, const ManifestInput& input) {
  const OutputLayout layout(project.config.base_url, project.config.path_prefix);
  Json documents = Json::array();
  std::map<std::string, size_t> by_name;  // index in `documents`
  for (const ManifestEdition& edition : input.editions) {
    const Document& doc = *edition.document;
    const Document* source = project.FindDocument(doc.name);
    if (source == nullptr) continue;
    auto found = by_name.find(doc.name);
    if (found == by_name.end()) {
      found = by_name.emplace(doc.name, documents.size()).first;
      documents.push_back({{"name", doc.name},
                           {"type", DocumentTypeName(source->meta.type)},
                           {"source_lang", source->meta.lang},
                           {"owner", Nullable(source->meta.owner)},
                           {"reviewed", Nullable(source->meta.reviewed)},
                           {"next_review", Nullable(source->meta.next_review)},
                           {"editions", Json::array()}});
    }
    documents[found->second]["editions"].push_back({{"lang", doc.meta.lang},
                                                    {"dir", TextDirection(doc.meta.lang)},
                                                    {"title", edition.title},
                                                    {"source", !doc.edition.has_value()},
                                                    {"files", FilesJson(edition.files, layout, input)}});
  }
  Json root = {{"format", "charterc-manifest"},
               {"version", 1},
               {"project", project.config.title},
               {"base_url", Nullable(project.config.base_url)},
               {"documents", documents},
               {"files", FilesJson(input.site_files, layout, input)}};
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace charterc
