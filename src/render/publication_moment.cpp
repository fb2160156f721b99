#include "render/publication_moment.h"

#include <algorithm>

#include "i18n/dates.h"

namespace charterc {

std::time_t PublicationMoment(const std::vector<const Document*>& docs, const Clock& clock) {
  if (clock.Fixed()) return clock.Now();
  std::string latest;
  for (const Document* doc : docs) latest = std::max(latest, doc->meta.reviewed);
  std::optional<UDate> date = ParseIsoDate(latest.empty() ? IsoDate(clock.Now()) : latest);
  return date ? static_cast<std::time_t>(*date / 1000) : 0;
}

}  // namespace charterc
