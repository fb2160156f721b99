#include "render/content_policy.h"

namespace charterc {

// default-src 'none' covers script (so event handlers and javascript: URLs
// are blocked too), frames, objects, fonts and fetches. style-src-attr
// allows the style attributes charterc itself writes (list-style-type of a
// list counted in Arabic digits); the policy cannot let author text write
// one, as the Markdown stage drops every raw HTML tag. base-uri and
// form-action close the two holes default-src leaves open.
const char* const kPagePolicy =
    "default-src 'none'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; "
    "base-uri 'none'; form-action 'none'";

const char* const kPrintPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

std::string PagePolicyAllowing(const std::vector<std::string>& remote_image_prefixes) {
  std::string policy = kPagePolicy;
  if (remote_image_prefixes.empty()) return policy;
  std::string sources = "img-src 'self' data:";
  // A CSP source ending in '/' admits every path below it: the same
  // folders the image check admits, and nothing else on that host.
  for (const std::string& prefix : remote_image_prefixes) sources += " " + prefix;
  policy.replace(policy.find("img-src 'self' data:"), std::string("img-src 'self' data:").size(), sources);
  return policy;
}

void SetContentPolicy(pugi::xml_node head, const std::string& policy) {
  for (pugi::xml_node meta : head.children("meta")) {
    if (std::string(meta.attribute("http-equiv").value()) == "Content-Security-Policy") {
      meta.attribute("content") = policy.c_str();
    }
  }
}

void AddContentPolicy(pugi::xml_node head, const char* policy) {
  // A policy in a <meta> covers only what follows it, so it goes first in
  // <head>, after nothing but the charset declaration (moved first too:
  // browsers look for it in a page's first 1024 bytes).
  pugi::xml_node charset;
  for (pugi::xml_node child : head.children("meta")) {
    if (child.attribute("charset")) {
      charset = child;
      break;
    }
  }
  if (charset) charset = head.prepend_move(charset);
  pugi::xml_node meta = charset ? head.insert_child_after("meta", charset) : head.prepend_child("meta");
  meta.append_attribute("http-equiv") = "Content-Security-Policy";
  meta.append_attribute("content") = policy;
}

}  // namespace charterc
