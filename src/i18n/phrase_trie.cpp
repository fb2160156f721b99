#include "i18n/phrase_trie.h"

#include <cassert>

#include <unicode/ucharstriebuilder.h>

namespace charterc {

PhraseTrie::PhraseTrie(const std::vector<icu::UnicodeString>& phrases) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UCharsTrieBuilder builder(status);
  bool any = false;
  for (size_t k = 0; k < phrases.size(); ++k) {
    if (phrases[k].isEmpty()) continue;
    builder.add(phrases[k], static_cast<int32_t>(k), status);
    any = true;
  }
  // ICU refuses to build a trie of nothing: no phrases, nothing to find.
  if (!any) return;
  icu::UnicodeString built;  // a read-only alias of the builder's buffer, which dies with it
  builder.buildUnicodeString(USTRINGTRIE_BUILD_SMALL, built, status);
  assert(U_SUCCESS(status) && "phrases are distinct and the trie fits in memory");
  if (U_SUCCESS(status)) serialized_ = icu::UnicodeString(built.getBuffer(), built.length());  // a copy we own
}

}  // namespace charterc
