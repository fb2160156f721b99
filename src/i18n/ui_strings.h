#pragma once
// The user-interface strings of one language: ICU MessageFormat patterns read
// from locales/<lang>/ui.yaml (the project's own file first, then the copy
// compiled into the binary), each key falling back to English.

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unicode/fmtable.h>
#include <unicode/locid.h>

#include "base/file_system.h"

namespace charterc {

class UiStrings {
 public:
  using Args = std::vector<std::pair<std::string, icu::Formattable>>;

  // Strings for `lang`, looking in `project_root`/locales first.
  static UiStrings Load(const FileSystem& fs, const std::string& project_root, const std::string& lang);

  // The message `key` formatted with named arguments; the key itself when
  // no language defines it (a test guards against that).
  std::string Format(std::string_view key, const Args& args = {}) const;
  bool Has(std::string_view key) const { return patterns_.count(std::string(key)) > 0; }
  const icu::Locale& locale() const { return locale_; }
  // Writes every number in `system` ("latn", "arab"; empty: the locale's
  // default), by setting the locale's numbering-system keyword, which ICU's
  // number, message and date formatters all honour.
  void UseNumberingSystem(const std::string& system);

  // Parses ui.yaml text into key -> pattern; false when it is not a flat map.
  static bool ParsePatterns(const std::string& yaml, std::map<std::string, std::string>* patterns);

 private:
  icu::Locale locale_;
  std::map<std::string, std::string> patterns_;
};

}  // namespace charterc
