#include "output/zip_archive.h"

#include <zip.h>

namespace charterc {

namespace {

std::string ZipError(zip_t* archive) { return zip_strerror(archive); }

// Reads the whole of an in-memory source after the archive was closed into it.
bool ReadSource(zip_source_t* source, std::string* out) {
  zip_stat_t stat;
  if (zip_source_stat(source, &stat) < 0 || zip_source_open(source) < 0) return false;
  out->resize(stat.size);
  zip_int64_t read = zip_source_read(source, out->data(), stat.size);
  zip_source_close(source);
  return read == static_cast<zip_int64_t>(stat.size);
}

}  // namespace

std::string BuildZip(const std::vector<ZipEntry>& entries, std::time_t modified, std::string* error) {
  zip_error_t zip_error;
  zip_error_init(&zip_error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &zip_error);
  if (buffer == nullptr) {
    *error = zip_error_strerror(&zip_error);
    zip_error_fini(&zip_error);
    return {};
  }
  zip_source_keep(buffer);  // still ours after zip_close, to read the bytes back
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &zip_error);
  if (archive == nullptr) {
    *error = zip_error_strerror(&zip_error);
    zip_error_fini(&zip_error);
    zip_source_free(buffer);
    return {};
  }
  zip_error_fini(&zip_error);
  for (const ZipEntry& entry : entries) {
    zip_source_t* data = zip_source_buffer(archive, entry.data.data(), entry.data.size(), 0);
    zip_int64_t index = data ? zip_file_add(archive, entry.name.c_str(), data, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (data) zip_source_free(data);
      *error = ZipError(archive);
      zip_discard(archive);
      zip_source_free(buffer);
      return {};
    }
    auto at = static_cast<zip_uint64_t>(index);
    zip_set_file_compression(archive, at, entry.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
    zip_file_set_mtime(archive, at, modified, 0);
  }
  if (zip_close(archive) < 0) {
    *error = ZipError(archive);
    zip_discard(archive);
    zip_source_free(buffer);
    return {};
  }
  std::string bytes;
  if (!ReadSource(buffer, &bytes)) *error = "cannot read the archive back from memory";
  zip_source_free(buffer);
  return bytes;
}

bool ReadZipEntry(const std::string& bytes, const std::string& name, std::string* data, std::string* error) {
  zip_error_t zip_error;
  zip_error_init(&zip_error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zip_error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &zip_error) : nullptr;
  if (archive == nullptr) {
    *error = zip_error_strerror(&zip_error);
    zip_error_fini(&zip_error);
    if (source) zip_source_free(source);
    return false;
  }
  zip_error_fini(&zip_error);
  zip_stat_t stat;
  zip_file_t* file = zip_stat(archive, name.c_str(), 0, &stat) == 0 ? zip_fopen(archive, name.c_str(), 0) : nullptr;
  bool read = false;
  if (file != nullptr) {
    data->resize(stat.size);
    read = zip_fread(file, data->data(), stat.size) == static_cast<zip_int64_t>(stat.size);
    zip_fclose(file);
  }
  if (!read) *error = "no readable entry " + name;
  zip_discard(archive);  // also frees the source
  return read;
}

}  // namespace charterc
