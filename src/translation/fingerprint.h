#pragma once
// The fingerprint of a unit's source wording, which a translation records
// so that a later change to the source marks the translation stale. Only
// the wording counts: whitespace and line breaks are normalised away, so
// re-wrapping a paragraph does not make every translation stale.

#include <string>

namespace charterc {

// 12 hex digits of the 64-bit FNV-1a hash of the normalised text (stable
// across platforms and versions, unlike std::hash).
std::string Fingerprint(const std::string& text);

}  // namespace charterc
