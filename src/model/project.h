#pragma once
// The whole charter project after parsing: settings, facts, documents.

#include <string>
#include <vector>

#include "model/document.h"
#include "model/fact.h"

namespace charterc {

struct ProjectConfig {
  std::string title = "Charters";
  std::string source_lang = "en";
  std::string base_url;
};

struct Project {
  std::string root;  // the project folder
  ProjectConfig config;
  FactTable facts;
  std::vector<Document> documents;  // sorted by name

  const Document* FindDocument(const std::string& name) const;
};

}  // namespace charterc
