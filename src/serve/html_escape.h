#pragma once
// Escaping for the few bits of HTML the preview writes itself (the script
// tag it injects, the page of a withheld document). Quoted diagnostics hold
// the user's text, which must never become markup.

#include <string>
#include <string_view>

namespace charterc {

// Safe as element text and as a double- or single-quoted attribute value.
std::string EscapeHtml(std::string_view text);

// The character references an attribute value read back from a page may
// hold (&amp; &lt; &gt; &quot; &#39; &#x27;), decoded; others are kept.
std::string UnescapeAttribute(std::string_view text);

}  // namespace charterc
