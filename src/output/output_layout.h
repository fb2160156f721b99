#pragma once
// Where every output of a build lives under the output folder, and how
// pages, books and PDFs point at each other and at the web. The only place
// that spells an output path or joins the base URL: renderers, the site
// writer, commitments.json and the build state all ask here.

#include <cstdint>
#include <string>

namespace charterc {

// The per-document formats (each language's edition has the same set).
enum class OutputFormat { Html, Text, Epub, Pdf, LargePrintPdf };

class OutputLayout {
 public:
  // `base_url`: where out/ is published (charterc.yaml's base-url); empty
  // when unknown, and then links stay relative. `path_prefix`: the folder
  // of the web server out/ is served from ("/charters/", charterc.yaml's
  // path-prefix); empty: the base URL's path, if any.
  explicit OutputLayout(std::string base_url = "", std::string path_prefix = "");

  // Paths relative to the output folder.
  static std::string Document(const std::string& lang, const std::string& doc,
                              OutputFormat format = OutputFormat::Html);  // "en/charter.html"
  // A document may not be named like a page of the site: its page would
  // be the generated one's path ("traceability", "how-we-did", "documents").
  static bool IsReservedName(const std::string& doc);
  static std::string Collection(const std::string& lang);                  // "en/documents.epub"
  static std::string Traceability(const std::string& lang);                // "en/traceability.html"
  static std::string Results(const std::string& lang);                     // "en/how-we-did.html"
  static std::string Bilingual(const std::string& first_lang, const std::string& second_lang,
                               const std::string& doc);  // "bilingual-cy-en/charter.html"
  static constexpr const char* kIndex = "index.html";
  static constexpr const char* kStylesheet = "charterc.css";
  static constexpr const char* kCommitments = "commitments.json";
  static constexpr const char* kCommitmentsCsv = "commitments.csv";
  static constexpr const char* kManifest = "manifest.json";
  static constexpr const char* kSitemap = "sitemap.xml";
  // Embeddable articles (render/fragment.h) and their scoped stylesheet.
  static std::string Fragment(const std::string& lang, const std::string& doc);  // "fragments/en/charter.html"
  static constexpr const char* kFragmentStylesheet = "fragments/charterc-fragment.css";
  // A published image (model/image.h): its name, made safe for any web
  // server, and its content hash, so a changed image gets a new address
  // and no cache shows the old one: "charters/images/Logo 2.png" ->
  // "images/logo-2-00f3a9c1d2e4b5a6.png".
  static std::string Image(const std::string& source_path, uint64_t hash, const std::string& extension);
  static constexpr const char* kImageFolder = "images/";
  static constexpr const char* kReport = "report/index.html";
  static constexpr const char* kEvidence = "evidence/index.html";
  // What the build itself keeps (the build state): never published.
  static constexpr const char* kStateFolder = ".charterc";

  // The --format that makes the output at `path` ("html", "txt", "epub",
  // "pdf", "large-print", "json", "report", "evidence"). The site's data
  // (manifest, sitemap, fragments) comes with "html", the commitments'
  // CSV with "json".
  static std::string FormatOf(const std::string& path);

  // `to` as a link from the file at `from` (both relative to the output
  // folder): "en/charter.html" -> "charterc.css" is "../charterc.css".
  static std::string Relative(const std::string& from, const std::string& to);

  // `to` (and its element `id`, if any) as the href of a link from the
  // file at `from`: Relative() percent-encoded (url_encoding.h). Every link
  // charterc makes to its own outputs goes through here (or Absolute,
  // Published, Portable), so a name such as "javascript:x" is a path.
  static std::string Href(const std::string& from, const std::string& to, const std::string& id = "");

  // "#" and `id` percent-encoded, for a link within the page.
  static std::string FragmentHref(const std::string& id);

  // A relative `link` found in the file at `from`, as a path under the
  // output folder: "en/charter.html" + "standards.html#x" -> "en/standards.html#x".
  static std::string Resolve(const std::string& from, const std::string& link);

  // `path` (relative to the output folder) and its element `id` on the
  // web, percent-encoded; empty without a base URL.
  std::string Absolute(const std::string& path, const std::string& id = "") const;
  // Likewise for an href already encoded (one read back from a page).
  std::string AbsoluteHref(const std::string& href) const;

  // A link that must work outside the site too (a book, a PDF): absolute
  // when the base URL is known, else relative to `from`; encoded.
  std::string Portable(const std::string& from, const std::string& to) const;

  // `path` as a link that works from any page of the site, including a
  // host page a fragment is embedded in: absolute with a base URL, else
  // rooted at the path prefix ("/charters/en/charter.html"), else as it
  // is (relative to the output folder: only right from out/ itself).
  // Percent-encoded, `id` (if any) after '#'.
  std::string Published(const std::string& path, const std::string& id = "") const;
  // Likewise for an href already encoded (one read back from a page).
  std::string PublishedHref(const std::string& href) const;

  bool HasBaseUrl() const { return !base_url_.empty(); }
  bool HasPathPrefix() const { return !path_prefix_.empty(); }

 private:
  std::string base_url_;
  std::string path_prefix_;  // "/" or "/charters/": starts and ends with '/'; empty when unknown
};

}  // namespace charterc
