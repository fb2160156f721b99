#include "driver/job_inputs.h"

#include <algorithm>
#include <cstdio>

#include "base/content_hash.h"
#include "model/fact_placeholders.h"

namespace charterc {

namespace {

std::string BaseName(const std::string& path) { return path.substr(path.rfind('/') + 1); }

bool EndsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Files that belong to one document (its source, its translations, and the
// probes for translations it might have: <doc>.<lang>.md, <doc>.xlf,
// <doc>.po) or to one fact; everything else a build asked about is global
// (a document named "ui" does not own locales/en/ui.yaml). Folder listings
// are not inputs of any output: a new or removed document changes the list
// of jobs, not their inputs.
bool Global(const std::string& question, const std::set<std::string>& owned,
            const std::set<std::string>& document_names) {
  if (question.compare(0, 6, "files\t") == 0 || question.compare(0, 5, "dirs\t") == 0) return false;
  const std::string path = QuestionPath(question);
  if (owned.count(path)) return false;
  const std::string base = BaseName(path);
  bool translation_file = EndsWith(base, ".md") || EndsWith(base, ".xlf") || EndsWith(base, ".po");
  return !(translation_file && document_names.count(base.substr(0, base.find('.'))));
}

// Every bit of a value counts: std::to_string keeps six decimals.
std::string FullPrecision(double value) {
  char text[40];
  std::snprintf(text, sizeof text, "%.17g", value);
  return text;
}

uint64_t FactHash(const Fact& fact) {
  return HashBuilder()
      .Add(fact.name)
      .Add(FullPrecision(fact.value))
      .Add(FactUnitName(fact.unit))
      .Add(fact.currency)
      .Add(fact.label)
      .Finish();
}

}  // namespace

JobInputs::JobInputs(const LoadedProject& loaded, const Localised& localised, const Observations& observations,
                     const std::set<std::string>& with_errors, uint64_t request, uint64_t findings)
    : loaded_(loaded), localised_(localised), observations_(observations), with_errors_(with_errors) {
  const Project& project = loaded.project;
  std::set<std::string> owned, names;
  for (const Document& doc : project.documents) {
    owned.insert(doc.path);
    names.insert(doc.name);
  }
  for (const Translation& translation : project.translations) {
    owned.insert(translation.path);
    owned.insert(translation.merged_paths.begin(), translation.merged_paths.end());
  }
  for (const auto& [name, fact] : project.facts) owned.insert(fact.location.file);
  // Results files feed only the "How we did" pages, made from everything.
  for (const ResultsFile& file : project.results_files) owned.insert(file.path);
  // Image files are inputs of the pages that show them (ForPage).
  owned.insert(project.image_paths.begin(), project.image_paths.end());
  HashBuilder global, everything;
  global.Add(request);
  everything.Add(request).Add(findings);
  for (const auto& [question, answer] : observations) {
    if (Global(question, owned, names)) global.Add(question).Add(answer);
    everything.Add(question).Add(answer);
  }
  for (const std::string& path : with_errors) everything.Add(path);
  hashes_["global"] = global.Finish();
  hashes_["everything"] = everything.Finish();
}

void JobInputs::AddSource(const std::string& path, std::vector<std::string>* names) {
  // The text the build loaded, whatever the path's spelling in questions.
  const SourceFile* source = loaded_.Source(path);
  auto it = observations_.find("read\t" + path);
  const std::string name = "source " + path;
  hashes_[name] = source != nullptr ? ContentHash(source->text()) : it == observations_.end() ? 0 : it->second;
  names->push_back(name);
  AddFacts(path, names);
}

void JobInputs::AddFacts(const std::string& path, std::vector<std::string>* names) {
  const SourceFile* source = loaded_.Source(path);
  if (source == nullptr) return;
  SplitFactPlaceholders(source->text(), [](std::string_view) {},
                        [&](const std::string& fact_name, std::string_view) { AddFact(fact_name, names); });
}

void JobInputs::AddFactsOf(const std::vector<Inline>& inlines, std::vector<std::string>* names) {
  for (const Inline& node : inlines) {
    if (node.kind == InlineKind::Fact) AddFact(node.text, names);
    AddFactsOf(node.children, names);
  }
}

void JobInputs::AddFact(const std::string& fact_name, std::vector<std::string>* names) {
  auto fact = loaded_.project.facts.find(fact_name);
  const std::string name = "fact " + fact_name;
  hashes_[name] = fact == loaded_.project.facts.end() ? 0 : FactHash(fact->second);
  names->push_back(name);
}

void JobInputs::AddImages(const std::string& source_path, const std::vector<Inline>& inlines,
                          std::vector<std::string>* names) {
  for (const Inline& node : inlines) {
    if (node.kind == InlineKind::Image && ClassifyImageAddress(node.text) == ImageAddressKind::Local) {
      if (std::optional<std::string> path = LocalImagePath(source_path, node.text)) {
        auto image = loaded_.project.images.find(*path);
        const std::string name = "image " + *path;
        hashes_[name] = image == loaded_.project.images.end() ? 0 : image->second.hash;
        names->push_back(name);
      }
    }
    AddImages(source_path, node.children, names);
  }
}

void JobInputs::AddImagesOf(const std::string& source_path, const std::vector<Block>& blocks,
                            std::vector<std::string>* names) {
  for (const Block& block : blocks) {
    AddImages(source_path, block.inlines, names);
    AddImagesOf(source_path, block.children, names);
  }
}

std::vector<std::string> JobInputs::ForPage(const Document& doc) {
  const Project& project = loaded_.project;
  std::vector<std::string> names = {"global"};
  const Document* source = project.FindDocument(doc.name);
  if (source != nullptr) AddSource(source->path, &names);
  // Addresses are read from the source document's folder (render/image_html.h).
  AddImagesOf(ProjectRelativePath(project.root, source != nullptr ? source->path : doc.path), doc.blocks, &names);
  if (doc.edition) {
    if (const Translation* translation = project.FindTranslation(doc.name, doc.meta.lang)) {
      AddSource(translation->path, &names);
      for (const std::string& merged : translation->merged_paths) AddSource(merged, &names);
    }
  }
  for (const Commitment& commitment : doc.commitments) {
    for (const Ref& ref : commitment.refs) {
      if (ref.kind != Ref::Kind::Document || ref.document == doc.name) continue;
      const Document* target = project.FindDocument(ref.document);
      const std::string name = "title " + ref.document;
      hashes_[name] = target == nullptr ? 0
                                        : HashBuilder().Add(target->meta.title).Add(with_errors_.count(target->path)).Finish();
      names.push_back(name);
      // The link shows that title with its facts formatted.
      if (target != nullptr) AddFactsOf(target->meta.title_inlines, &names);
    }
  }
  HashBuilder editions;
  auto langs = localised_.edition_langs.find(doc.name);
  if (langs != localised_.edition_langs.end()) {
    for (const std::string& lang : langs->second) editions.Add(lang);
  }
  hashes_["editions " + doc.name] = editions.Finish();
  names.push_back("editions " + doc.name);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace charterc
