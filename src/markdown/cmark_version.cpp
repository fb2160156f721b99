#include "markdown/cmark_version.h"

#include <cmark-gfm.h>

namespace charterc {

std::string CmarkGfmVersion() { return cmark_version_string(); }

}  // namespace charterc
