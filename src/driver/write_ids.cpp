#include "driver/write_ids.h"

#include <map>

namespace charterc {

namespace {

// `text` with " {#id}" before the end of each line in `ids` (1-based),
// keeping every line ending exactly as it was.
std::string WithIds(const std::string& text, const std::map<int, std::string>& ids) {
  std::string out;
  int line = 1;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    bool last = end == std::string::npos;
    std::string content = text.substr(start, (last ? text.size() : end) - start);
    std::string ending = last ? "" : "\n";
    if (!content.empty() && content.back() == '\r') {
      content.pop_back();
      ending = "\r" + ending;
    }
    auto id = ids.find(line);
    if (id != ids.end()) {
      while (!content.empty() && (content.back() == ' ' || content.back() == '\t')) content.pop_back();
      content += " {#" + id->second + "}";
    }
    out += content + ending;
    if (last) break;
    start = end + 1;
    ++line;
  }
  return out;
}

}  // namespace

int WriteImplicitIds(FileSystem& fs, const LoadedProject& loaded, std::ostream& out, std::string* error) {
  int written = 0;
  for (const Document& doc : loaded.project.documents) {
    std::map<int, std::string> ids;
    bool table_rows = false;
    for (const Commitment& commitment : doc.commitments) {
      if (commitment.implicit && commitment.write_line > 0) ids[commitment.write_line] = commitment.id;
      table_rows = table_rows || (commitment.implicit && commitment.write_line == 0);
    }
    // Once a document marks commitments, its tables are no longer read as
    // standards: writing ids would silently drop the rows' commitments.
    if (table_rows) {
      if (!ids.empty()) {
        out << "left " << doc.path << " as it is: its standards table cannot hold ids; write the table's rows "
            << "as a list first\n";
      }
      continue;
    }
    const SourceFile* source = loaded.Source(doc.path);
    if (ids.empty() || source == nullptr) continue;
    // SourceFile drops a byte-order mark; put it back so only the ids change.
    std::string original;
    if (!fs.ReadFile(doc.path, &original, error)) return written;
    std::string bom = original.rfind("\xEF\xBB\xBF", 0) == 0 ? "\xEF\xBB\xBF" : "";
    if (!fs.WriteFileAtomic(doc.path, bom + WithIds(source->text(), ids), error)) return written;
    written += static_cast<int>(ids.size());
    out << "wrote " << ids.size() << (ids.size() == 1 ? " id" : " ids") << " into " << doc.path << "\n";
  }
  return written;
}

}  // namespace charterc
