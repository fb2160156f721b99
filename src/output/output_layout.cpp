#include "output/output_layout.h"

#include "base/content_hash.h"

#include <algorithm>

#include "output/url_encoding.h"

namespace charterc {

namespace {

const char* Extension(OutputFormat format) {
  switch (format) {
    case OutputFormat::Html: return ".html";
    case OutputFormat::Text: return ".txt";
    case OutputFormat::Epub: return ".epub";
    case OutputFormat::Pdf: return ".pdf";
    case OutputFormat::LargePrintPdf: return ".large-print.pdf";
  }
  return "";
}

// The path of an http(s) URL, from the slash after its host:
// "https://example.org/charters/" -> "/charters/".
std::string UrlPath(const std::string& url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string::npos) return "";
  const size_t slash = url.find('/', scheme + 3);
  return slash == std::string::npos ? "/" : url.substr(slash);
}

// "charters", "/charters" or "charters/" -> "/charters/"; "" stays "".
std::string FolderPrefix(std::string prefix) {
  if (prefix.empty()) return prefix;
  if (prefix.front() != '/') prefix.insert(prefix.begin(), '/');
  if (prefix.back() != '/') prefix += '/';
  return prefix;
}

}  // namespace

OutputLayout::OutputLayout(std::string base_url, std::string path_prefix)
    : base_url_(std::move(base_url)),
      path_prefix_(FolderPrefix(path_prefix.empty() ? UrlPath(base_url_) : std::move(path_prefix))) {}

std::string OutputLayout::Fragment(const std::string& lang, const std::string& doc) {
  return "fragments/" + lang + "/" + doc + ".html";
}

std::string OutputLayout::Document(const std::string& lang, const std::string& doc, OutputFormat format) {
  return lang + "/" + doc + Extension(format);
}

bool OutputLayout::IsReservedName(const std::string& doc) {
  return doc == "traceability" || doc == "how-we-did" || doc == "documents";
}

std::string OutputLayout::Collection(const std::string& lang) { return lang + "/documents.epub"; }

std::string OutputLayout::Traceability(const std::string& lang) { return lang + "/traceability.html"; }
std::string OutputLayout::Results(const std::string& lang) { return lang + "/how-we-did.html"; }

std::string OutputLayout::Bilingual(const std::string& first_lang, const std::string& second_lang,
                                    const std::string& doc) {
  return "bilingual-" + first_lang + "-" + second_lang + "/" + doc + ".html";
}

std::string OutputLayout::Image(const std::string& source_path, uint64_t hash, const std::string& extension) {
  std::string file = source_path.substr(source_path.rfind('/') + 1);
  file = file.substr(0, file.rfind('.'));
  std::string stem;
  for (char c : file) {
    char lower = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    bool keep = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9') || lower == '_';
    if (keep) stem += lower;
    else if (!stem.empty() && stem.back() != '-') stem += '-';
  }
  while (!stem.empty() && stem.back() == '-') stem.pop_back();
  if (stem.size() > 60) stem.resize(60);
  if (stem.empty()) stem = "image";
  return std::string(kImageFolder) + stem + "-" + HashHex(hash) + "." + extension;
}

std::string OutputLayout::FormatOf(const std::string& path) {
  auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (path == kReport) return "report";
  if (path == kEvidence) return "evidence";
  if (path == kCommitments || path == kCommitmentsCsv) return "json";
  if (ends_with(".large-print.pdf")) return "large-print";
  if (ends_with(".pdf")) return "pdf";
  if (ends_with(".epub")) return "epub";
  if (ends_with(".txt")) return "txt";
  return "html";
}

std::string OutputLayout::Relative(const std::string& from, const std::string& to) {
  // Drop the folders both share, then climb out of the rest of `from`'s.
  size_t common = 0;
  for (size_t i = 0; i < from.size() && i < to.size() && from[i] == to[i]; ++i) {
    if (from[i] == '/') common = i + 1;
  }
  const auto depth = std::count(from.begin() + static_cast<std::ptrdiff_t>(common), from.end(), '/');
  std::string link;
  for (std::ptrdiff_t i = 0; i < depth; ++i) link += "../";
  return link + to.substr(common);
}

std::string OutputLayout::Resolve(const std::string& from, const std::string& link) {
  const size_t slash = from.rfind('/');
  std::string folder = slash == std::string::npos ? "" : from.substr(0, slash + 1);
  std::string rest = link;
  // "../images/x.png" from "en/charter.html" is "images/x.png".
  while (rest.compare(0, 3, "../") == 0 && !folder.empty()) {
    size_t up = folder.rfind('/', folder.size() - 2);
    folder = up == std::string::npos ? "" : folder.substr(0, up + 1);
    rest = rest.substr(3);
  }
  return folder + rest;
}

std::string OutputLayout::Href(const std::string& from, const std::string& to, const std::string& id) {
  return EncodeUrlPath(Relative(from, to)) + (id.empty() ? "" : FragmentHref(id));
}

std::string OutputLayout::FragmentHref(const std::string& id) { return "#" + EncodeUrlFragment(id); }

std::string OutputLayout::Absolute(const std::string& path, const std::string& id) const {
  return AbsoluteHref(EncodeUrlPath(path) + (id.empty() ? "" : FragmentHref(id)));
}

std::string OutputLayout::AbsoluteHref(const std::string& href) const {
  if (base_url_.empty()) return "";
  return base_url_ + (base_url_.back() == '/' ? "" : "/") + href;
}

std::string OutputLayout::Published(const std::string& path, const std::string& id) const {
  return PublishedHref(EncodeUrlPath(path) + (id.empty() ? "" : FragmentHref(id)));
}

std::string OutputLayout::PublishedHref(const std::string& href) const {
  if (HasBaseUrl()) return AbsoluteHref(href);
  return path_prefix_.empty() ? href : path_prefix_ + href;
}

std::string OutputLayout::Portable(const std::string& from, const std::string& to) const {
  return HasBaseUrl() ? Absolute(to) : Href(from, to);
}

}  // namespace charterc
