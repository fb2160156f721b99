#pragma once
// ZIP archives built in memory with libzip, reproducibly: entries in the
// order added, every timestamp the same given moment, nothing taken from
// the machine (owner, permissions, clock).

#include <ctime>
#include <string>
#include <vector>

namespace charterc {

struct ZipEntry {
  std::string name;
  std::string data;
  bool stored = false;  // uncompressed (an EPUB's mimetype must be)
};

// The archive's bytes; empty (with `error`) when libzip fails.
std::string BuildZip(const std::vector<ZipEntry>& entries, std::time_t modified, std::string* error);

// The entry `name` of the archive held in `bytes`; false (with `error`)
// when the bytes are not a ZIP archive or have no such entry.
bool ReadZipEntry(const std::string& bytes, const std::string& name, std::string* data, std::string* error);

}  // namespace charterc
