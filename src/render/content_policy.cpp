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

void AddContentPolicy(pugi::xml_node head, const char* policy) {
  pugi::xml_node charset;
  for (pugi::xml_node child : head.children("meta")) {
    if (child.attribute("charset")) charset = child;
  }
  pugi::xml_node meta = charset ? head.insert_child_after("meta", charset) : head.prepend_child("meta");
  meta.append_attribute("http-equiv") = "Content-Security-Policy";
  meta.append_attribute("content") = policy;
}

}  // namespace charterc
