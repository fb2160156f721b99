#pragma once
// `charterc check --write-ids`: appends " {#id}" to the last line of every
// implicit commitment (numbered clause or promise-shaped list item), so the
// derived ids become explicit and stable. Nothing else in a file changes;
// each file is replaced atomically.

#include <ostream>

#include "base/file_system.h"
#include "project/project_loader.h"

namespace charterc {

// Returns how many ids were written; reports each file changed to `out`.
// `error` is set, and the count so far returned, when a file cannot be written.
int WriteImplicitIds(FileSystem& fs, const LoadedProject& loaded, std::ostream& out, std::string* error);

}  // namespace charterc
