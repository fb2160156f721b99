#pragma once
// Which locale folder serves a language: ICU's LocaleMatcher, which knows
// CLDR's language distances, so fr-CA is served by fr, en-GB by en and
// zh-HK by zh-Hant (never by zh-Hans, as cutting the tag at the first '-'
// would do).

#include <optional>
#include <string>
#include <vector>

#include "base/file_system.h"

namespace charterc {

// The best of `available` (BCP 47 tags) for `wanted`; nothing when none is
// close enough to be understood by a reader of `wanted`.
std::optional<std::string> MatchLocale(const std::string& wanted, const std::vector<std::string>& available);

// The locales compiled into the binary: the folders under locales/ that
// hold `file` (ui.yaml or lexicon.yaml).
std::vector<std::string> ShippedLocales(const std::string& file);

// Shipped locales plus the project's own locales/<tag>/ folders holding
// `file`, sorted, without duplicates.
std::vector<std::string> AvailableLocales(const FileSystem& fs, const std::string& project_root,
                                          const std::string& file);

}  // namespace charterc
