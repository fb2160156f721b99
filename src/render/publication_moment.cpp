#include "render/publication_moment.h"

#include <algorithm>
#include <cstdlib>

#include "i18n/dates.h"

namespace charterc {

std::time_t PublicationMoment(const std::vector<const Document*>& docs) {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr && *epoch != '\0') {
    return static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  }
  std::string latest;
  for (const Document* doc : docs) latest = std::max(latest, doc->meta.reviewed);
  std::optional<UDate> date = ParseIsoDate(latest.empty() ? TodayIso() : latest);
  return date ? static_cast<std::time_t>(*date / 1000) : 0;
}

}  // namespace charterc
