#pragma once
// Percent-encoding for the addresses charterc writes into its outputs.
// Two kinds: a path it makes itself from names (a document's file name,
// a language, an id), where every byte but a few plain ones is encoded, so
// "javascript:alert(1).html" becomes "javascript%3Aalert%281%29.html" and
// can never be read as a scheme; and an address an author wrote, encoded
// the way CommonMark renderers do: characters that may not appear in a URL
// are encoded, characters a URL may hold (including '%' of an existing
// escape) are kept.

#include <string>

namespace charterc {

// `path` (slash-separated names, not yet encoded) as a URL path: only
// ASCII letters, digits, '-', '.', '_', '~' and '/' stay as they are.
std::string EncodeUrlPath(const std::string& path);

// `id` as a URL fragment (after '#'): like a path, with '/' encoded too.
std::string EncodeUrlFragment(const std::string& id);

// An author's link address with every byte that is not allowed in a URL
// (controls, space, non-ASCII, `"<>\^`{|}[]`) written as %XX; the rest,
// including '%', ':', '?', '#', '&', kept.
std::string EncodeAuthorHref(const std::string& url);

}  // namespace charterc
