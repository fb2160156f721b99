#include "i18n/locale_match.h"

#include <algorithm>
#include <set>

#include <unicode/localematcher.h>

#include "i18n/locale_info.h"
#include "resources/embedded.h"

namespace charterc {

std::optional<std::string> MatchLocale(const std::string& wanted, const std::vector<std::string>& available) {
  icu::Locale desired;
  if (available.empty() || !ParseLanguageTag(wanted, &desired)) return std::nullopt;
  // An exact tag always wins (also for private or unusual tags ICU may not
  // rank as we expect).
  if (std::find(available.begin(), available.end(), wanted) != available.end()) return wanted;
  UErrorCode status = U_ZERO_ERROR;
  icu::LocaleMatcher::Builder builder;
  std::vector<const std::string*> usable;
  for (const std::string& tag : available) {
    icu::Locale locale;
    if (!ParseLanguageTag(tag, &locale)) continue;
    builder.addSupportedLocale(locale);
    usable.push_back(&tag);
  }
  // Without this ICU answers with the first supported locale when nothing
  // matches; the caller decides what to fall back to.
  builder.setNoDefaultLocale();
  icu::LocaleMatcher matcher = builder.build(status);
  if (U_FAILURE(status)) return std::nullopt;
  icu::LocaleMatcher::Result result = matcher.getBestMatchResult(desired, status);
  int32_t index = result.getSupportedIndex();
  if (U_FAILURE(status) || index < 0 || static_cast<size_t>(index) >= usable.size()) return std::nullopt;
  return *usable[static_cast<size_t>(index)];
}

std::vector<std::string> ShippedLocales(const std::string& file) {
  std::set<std::string> tags;
  const std::string prefix = "locales/";
  const std::string suffix = "/" + file;
  for (const EmbeddedFile& embedded : EmbeddedFiles()) {
    std::string_view path = embedded.path;
    if (path.size() <= prefix.size() + suffix.size() || path.substr(0, prefix.size()) != prefix ||
        path.substr(path.size() - suffix.size()) != suffix) {
      continue;
    }
    std::string_view tag = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
    if (tag.find('/') == std::string_view::npos) tags.emplace(tag);
  }
  return {tags.begin(), tags.end()};
}

std::vector<std::string> AvailableLocales(const FileSystem& fs, const std::string& project_root,
                                          const std::string& file) {
  std::vector<std::string> shipped = ShippedLocales(file);
  std::set<std::string> tags(shipped.begin(), shipped.end());
  std::string folder = JoinPath(project_root, "locales");
  if (fs.IsDirectory(folder)) {
    for (const std::string& tag : fs.ListDirectories(folder)) {
      if (fs.IsFile(JoinPath(folder, tag + "/" + file))) tags.insert(tag);
    }
  }
  return {tags.begin(), tags.end()};
}

}  // namespace charterc
