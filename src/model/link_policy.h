#pragma once
// Which link targets may be published, and how links between charter
// documents are written. Pages end up embedded in public websites, so only
// a short allow-list of schemes passes.

#include <optional>
#include <string>

namespace charterc {

// True for http(s), mailto and tel links and for relative links; false for
// javascript:, data:, vbscript:, file: and every other scheme.
bool IsSafeLinkUrl(const std::string& url);

// The scheme of an absolute URL ("https"), lower-cased; empty for a relative one.
std::string LinkScheme(const std::string& url);

// A document's contact (front matter `contact:`), shown as a link on a
// public page: a bare email address, or an absolute link with a safe scheme
// (https:, mailto:, tel:).
bool IsContactAddress(const std::string& value);

// A relative link to another charter document: "standards.md#email-response"
// gives {document "standards", id "email-response"}; "#contact" gives the
// same document. Nothing for external or non-Markdown links.
struct DocumentLink {
  std::string document;  // empty: this document
  std::string id;        // empty: the whole document
};
std::optional<DocumentLink> ParseDocumentLink(const std::string& url);

// A link to another charter document pointed at that document's output in
// one format: ("standards.md#x", ".html") -> "standards.html#x". Other URLs
// are returned unchanged.
std::string DocumentHref(const std::string& url, const std::string& extension);

}  // namespace charterc
