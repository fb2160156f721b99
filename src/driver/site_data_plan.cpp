// The parts of the site plan for web teams (SitePlan's members, declared in
// driver/site_plan.h): embeddable fragments and their stylesheet,
// manifest.json, sitemap.xml, and the other formats each page links.

#include <algorithm>
#include <set>

#include "base/content_hash.h"
#include "base/file_system.h"
#include "driver/site_plan.h"
#include "output/output_layout.h"
#include "render/fragment.h"
#include "render/meta_text.h"
#include "render/site_manifest.h"
#include "render/sitemap.h"

namespace charterc {

// Which formats the build makes, and whether it can print: a page links
// them, so a build that adds or drops one makes the pages again.
std::string SitePlan::FormatsInput() {
  HashBuilder formats;
  formats.Add(options_.html).Add(options_.text).Add(options_.epub).Add(options_.data);
  formats.Add(printer_ready_ && pdf_.options().regular).Add(printer_ready_ && pdf_.options().large_print);
  return inputs_->Named("formats", formats.Finish());
}

// Read in the job, after the earlier wave wrote the files: only what this
// build planned and what is there is linked (a PDF that failed is not).
std::vector<FormatLink> SitePlan::FormatLinks(const std::vector<std::pair<OutputFormat, std::string>>& made) const {
  static constexpr OutputFormat kOrder[] = {OutputFormat::Pdf, OutputFormat::LargePrintPdf, OutputFormat::Epub,
                                            OutputFormat::Text};
  std::vector<FormatLink> links;
  for (OutputFormat format : kOrder) {
    for (const auto& [made_format, path] : made) {
      std::string bytes, error;
      if (made_format != format || !env_.fs.ReadFile(JoinPath(options_.out_dir, path), &bytes, &error)) continue;
      links.push_back({format, path, bytes.size()});
    }
  }
  return links;
}

void SitePlan::PlanFragment(const Document& doc, const std::vector<std::string>& inputs, std::vector<OutputJob>* jobs) {
  const std::string path = OutputLayout::Fragment(doc.meta.lang, doc.name);
  jobs->push_back({path, inputs, false, [this, &doc](int worker, std::string* bytes) {
                     RenderContext context{project_, doc, Strings(worker, doc.meta.lang), EditionsOf(doc)};
                     *bytes = RenderFragment(context, project_.config.fragment_prefix);
                     return true;
                   }});
  files_of_[&doc].push_back(path);
}

// The fragments' stylesheet, the sitemap (with a base URL) and the
// manifest, which reads every other public file of the build (wave 2).
void SitePlan::PlanSiteData(std::vector<OutputJob>* jobs) {
  jobs->push_back({OutputLayout::kFragmentStylesheet, {"global"}, false, [this](int, std::string* bytes) {
                     *bytes = FragmentStylesheet(theme_, project_.config.fragment_prefix);
                     return true;
                   }});
  const OutputLayout layout(project_.config.base_url, project_.config.path_prefix);
  const std::vector<std::string> everything = inputs_->ForEverything();
  site_files_ = {OutputLayout::kIndex, OutputLayout::kStylesheet, OutputLayout::kFragmentStylesheet};
  for (const std::string& lang : traceability_langs_) site_files_.push_back(OutputLayout::Traceability(lang));
  for (const std::string& lang : results_langs_) site_files_.push_back(OutputLayout::Results(lang));
  for (const auto& [lang, documents] : in_books_) site_files_.push_back(OutputLayout::Collection(lang));
  for (const auto& [path, image] : images_) site_files_.push_back(path);
  // Images that only kept pages show (SitePlan::KeepImagesOf) stay listed.
  std::set<std::string> kept_images;
  for (const std::string& path : kept_) {
    if (path.rfind(OutputLayout::kImageFolder, 0) == 0 && !images_.count(path)) kept_images.insert(path);
  }
  site_files_.insert(site_files_.end(), kept_images.begin(), kept_images.end());
  if (layout.HasBaseUrl()) {
    site_files_.push_back(OutputLayout::kSitemap);
    jobs->push_back({OutputLayout::kSitemap, everything, false, [this, layout](int, std::string* bytes) {
                       std::vector<SitemapPage> pages = {{OutputLayout::kIndex, "", {}}};
                       for (const IndexEntry& entry : index_) {
                         SitemapPage page{entry.href, entry.document->meta.reviewed, {}};
                         std::vector<EditionLink> editions = EditionsOf(*entry.document);
                         if (editions.size() > 1) {
                           for (const EditionLink& edition : editions) page.alternates.emplace_back(edition.lang, edition.href);
                         }
                         pages.push_back(std::move(page));
                       }
                       for (const std::string& lang : traceability_langs_) pages.push_back({OutputLayout::Traceability(lang), "", {}});
                       for (const std::string& lang : results_langs_) pages.push_back({OutputLayout::Results(lang), "", {}});
                       *bytes = SitemapXml(layout, pages);
                       return true;
                     }});
  }
  if (options_.data) {
    site_files_.push_back(OutputLayout::kCommitments);
    site_files_.push_back(OutputLayout::kCommitmentsCsv);
  }
  std::vector<std::string> manifest_inputs = everything;
  manifest_inputs.push_back(FormatsInput());
  jobs->push_back({OutputLayout::kManifest, manifest_inputs, false,
                   [this](int worker, std::string* bytes) {
                     ManifestInput input;
                     for (const IndexEntry& entry : index_) {
                       auto files = files_of_.find(entry.document);
                       if (files == files_of_.end()) continue;
                       const Document& doc = *entry.document;
                       input.editions.push_back(
                           {&doc, files->second, TitleText(project_, Strings(worker, doc.meta.lang), doc)});
                     }
                     input.site_files = site_files_;
                     input.read = [this](const std::string& path, std::string* contents) {
                       std::string error;
                       return env_.fs.ReadFile(JoinPath(options_.out_dir, path), contents, &error);
                     };
                     *bytes = ManifestJson(project_, input);
                     return true;
                   },
                   2});
}

}  // namespace charterc
