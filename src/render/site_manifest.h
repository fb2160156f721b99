#pragma once
// out/manifest.json: what the build published, for web teams' scripts and
// a CMS import: every document with its review dates, each language's
// edition with its title and every file made of it (page, fragment, text,
// EPUB, PDFs) with its URL, size and content hash (XXH3-64, the hash the
// build state uses), and the site's other files. Schema:
// docs/schemas/manifest.schema.json. Internal outputs (the report, the
// evidence pack) are never listed.

#include <functional>
#include <string>
#include <vector>

#include "model/project.h"

namespace charterc {

// One language's edition of a document (or the source itself) and the
// files the build made of it, relative to the output folder, page first.
struct ManifestEdition {
  const Document* document;
  std::vector<std::string> files;
  std::string title;  // as the edition's page shows it (render/meta_text.h)
};

struct ManifestInput {
  std::vector<ManifestEdition> editions;  // sources and editions, as the index lists them
  std::vector<std::string> site_files;    // the index, stylesheets, traceability pages, books, data
  // Reads a file of the output folder as this build left it; false when it
  // is not there (a failed job), and then it is not listed.
  std::function<bool(const std::string& path, std::string* bytes)> read;
};

std::string ManifestJson(const Project& project, const ManifestInput& input);

}  // namespace charterc
