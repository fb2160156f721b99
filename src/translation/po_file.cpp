#include "translation/po_file.h"

#include <gettext-po.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csetjmp>
#include <cstdlib>
#include <sstream>

namespace charterc {

namespace {

// libgettextpo reads and writes named files only, so text goes through an
// anonymous in-memory file (memfd), named by its /proc/self/fd path. Nothing
// ever reaches the disk, so a run killed while reading a PO file leaves no
// temporary file behind (docs/safety.md).
class MemoryFile {
 public:
  MemoryFile() : fd_(memfd_create("charterc-po", MFD_CLOEXEC)) {}
  ~MemoryFile() {
    if (fd_ >= 0) close(fd_);
  }
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;

  bool ok() const { return fd_ >= 0; }
  std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }
  bool Write(const std::string& text) const {
    for (size_t done = 0; done < text.size();) {
      ssize_t n = pwrite(fd_, text.data() + done, text.size() - done, static_cast<off_t>(done));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      done += static_cast<size_t>(n);
    }
    return true;
  }
  // What the file holds now (libgettextpo rewrites it through its path).
  std::string Read() const {
    std::string text;
    char buffer[1 << 16];
    for (off_t offset = 0;;) {
      ssize_t n = pread(fd_, buffer, sizeof buffer, offset);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      text.append(buffer, static_cast<size_t>(n));
      offset += n;
    }
    return text;
  }

 private:
  int fd_;
};

// libgettextpo reports through C callbacks and requires the fatal one not
// to return, so problems are collected here and a fatal error jumps back
// to ReadCatalog. Only C frames lie between the two.
thread_local std::vector<PoProblem>* collected = nullptr;
thread_local std::jmp_buf* fatal_exit = nullptr;

void Collect(int severity, size_t lineno, const char* text) {
  if (collected != nullptr && text != nullptr) {
    int line = lineno == static_cast<size_t>(-1) ? 0 : static_cast<int>(lineno);
    std::string message = text;
    while (!message.empty() && message.back() == '\n') message.pop_back();
    collected->push_back(PoProblem{line, message, severity != PO_SEVERITY_WARNING});
  }
  if (severity == PO_SEVERITY_FATAL_ERROR && fatal_exit != nullptr) std::longjmp(*fatal_exit, 1);
}

void OnError(int severity, po_message_t, const char*, size_t lineno, size_t, int, const char* text) {
  Collect(severity, lineno, text);
}

void OnError2(int severity, po_message_t, const char*, size_t lineno1, size_t, int, const char* text1, po_message_t,
              const char*, size_t, size_t, int, const char* text2) {
  std::string both = std::string(text1 ? text1 : "") + " " + (text2 ? text2 : "");
  Collect(severity, lineno1, both.c_str());
}

const po_xerror_handler kHandler = {OnError, OnError2};

// Kept free of C++ objects with destructors: a fatal error leaves by longjmp.
po_file_t ReadCatalog(const char* path) {
  std::jmp_buf here;
  if (setjmp(here) != 0) {
    fatal_exit = nullptr;
    return nullptr;
  }
  fatal_exit = &here;
  po_file_t file = po_file_read(path, &kHandler);
  fatal_exit = nullptr;
  return file;
}

std::string Text(const char* value) { return value ? value : ""; }

PoMessage FromPo(po_message_t message) {
  PoMessage read;
  read.context = Text(po_message_msgctxt(message));
  read.id = Text(po_message_msgid(message));
  read.str = Text(po_message_msgstr(message));
  read.previous_id = Text(po_message_prev_msgid(message));
  read.extracted_comments = Text(po_message_extracted_comments(message));
  for (int i = 0; po_filepos_t position = po_message_filepos(message, i); ++i) {
    read.references.emplace_back(Text(po_filepos_file(position)),
                                 static_cast<int>(po_filepos_start_line(position)));
  }
  read.fuzzy = po_message_is_fuzzy(message) != 0;
  read.obsolete = po_message_is_obsolete(message) != 0;
  return read;
}

// Line numbers of the msgstr keywords of live entries, in file order: the
// n-th live entry's translation starts on the n-th of them.
std::vector<int> MsgstrLines(const std::string& text) {
  std::vector<int> lines;
  std::istringstream in(text);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.rfind("msgstr", 0) == 0) lines.push_back(number);
  }
  return lines;
}

void SetMessage(po_message_t message, const PoMessage& entry) {
  if (!entry.context.empty()) po_message_set_msgctxt(message, entry.context.c_str());
  po_message_set_msgid(message, entry.id.c_str());
  po_message_set_msgstr(message, entry.str.c_str());
  if (!entry.previous_id.empty()) po_message_set_prev_msgid(message, entry.previous_id.c_str());
  if (!entry.extracted_comments.empty()) po_message_set_extracted_comments(message, entry.extracted_comments.c_str());
  for (const auto& [file, line] : entry.references) {
    po_message_add_filepos(message, file.c_str(), static_cast<size_t>(line));
  }
  po_message_set_fuzzy(message, entry.fuzzy ? 1 : 0);
  po_message_set_obsolete(message, entry.obsolete ? 1 : 0);
}

}  // namespace

std::optional<PoCatalog> ReadPoText(const std::string& text, std::vector<PoProblem>* problems) {
  MemoryFile temp;
  if (!temp.ok() || !temp.Write(text)) {
    problems->push_back(PoProblem{0, "cannot create a temporary file to read the PO file through"});
    return std::nullopt;
  }
  collected = problems;
  size_t before = problems->size();
  po_file_t file = ReadCatalog(temp.path().c_str());
  collected = nullptr;
  // An unterminated string is reported once its line break has been read,
  // on the next line; point at the string's own line.
  for (size_t i = before; i < problems->size(); ++i) {
    PoProblem& problem = (*problems)[i];
    if (problem.line > 1 && problem.message == "end-of-line within string") --problem.line;
  }
  bool errors = std::any_of(problems->begin() + static_cast<std::ptrdiff_t>(before), problems->end(),
                            [](const PoProblem& problem) { return problem.error; });
  if (file == nullptr || errors) {
    if (file != nullptr) po_file_free(file);
    if (problems->size() == before) problems->push_back(PoProblem{0, "not a PO file", true});
    return std::nullopt;
  }
  PoCatalog catalog;
  std::vector<int> msgstr_lines = MsgstrLines(text);
  size_t live = 0;
  po_message_iterator_t iterator = po_message_iterator(file, nullptr);
  while (po_message_t message = po_next_message(iterator)) {
    PoMessage read = FromPo(message);
    if (!read.obsolete) read.line = live < msgstr_lines.size() ? msgstr_lines[live++] : 0;
    if (read.id.empty() && read.context.empty()) {
      catalog.header = read.str;
      continue;
    }
    catalog.messages.push_back(std::move(read));
  }
  po_message_iterator_free(iterator);
  po_file_free(file);
  return catalog;
}

std::string WritePoText(const PoCatalog& catalog) {
  po_file_t file = po_file_create();
  po_message_iterator_t iterator = po_message_iterator(file, nullptr);
  PoMessage header;
  header.str = catalog.header;
  po_message_t header_message = po_message_create();
  SetMessage(header_message, header);
  po_message_insert(iterator, header_message);
  for (const PoMessage& entry : catalog.messages) {
    po_message_t message = po_message_create();
    SetMessage(message, entry);
    po_message_insert(iterator, message);
  }
  po_message_iterator_free(iterator);
  MemoryFile temp;
  std::string text;
  if (temp.ok() && po_file_write(file, temp.path().c_str(), &kHandler) != nullptr) text = temp.Read();
  po_file_free(file);
  return text;
}

std::string PoHeaderField(const std::string& header, const std::string& field) {
  char* value = po_header_field(header.c_str(), field.c_str());
  std::string result = Text(value);
  std::free(value);
  return result;
}

std::string SetPoHeaderField(const std::string& header, const std::string& field, const std::string& value) {
  char* updated = po_header_set_field(header.c_str(), field.c_str(), value.c_str());
  std::string result = Text(updated);
  std::free(updated);
  return result;
}

}  // namespace charterc
