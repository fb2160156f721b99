#include "driver/write_ids.h"

#include <map>
#include <string_view>

#include "base/line_ends.h"

namespace charterc {

namespace {

// `text` with " {#id}" before the end of each line in `ids` (1-based),
// keeping every line end exactly as it was (lines counted as SourceFile
// counts them, so the numbers match).
std::string WithIds(std::string_view text, const std::map<int, std::string>& ids) {
  std::string out;
  int line = 1;
  size_t start = 0;
  for (size_t i = 0; i <= text.size();) {
    char32_t unusual = 0;
    size_t ending = i < text.size() ? LineEndLength(text, i, &unusual) : 0;
    if (ending == 0 && i < text.size()) {
      ++i;
      continue;
    }
    std::string content(text.substr(start, i - start));
    auto id = ids.find(line);
    if (id != ids.end()) {
      while (!content.empty() && (content.back() == ' ' || content.back() == '\t')) content.pop_back();
      content += " {#" + id->second + "}";
    }
    out += content;
    out += text.substr(i, ending);
    if (ending == 0) break;
    i += ending;
    start = i;
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
    // The file as it is on disk, not SourceFile's text: its line ends stay.
    std::string_view body = original;
    std::string bom = body.rfind("\xEF\xBB\xBF", 0) == 0 ? "\xEF\xBB\xBF" : "";
    body.remove_prefix(bom.size());
    if (!fs.WriteFileAtomic(doc.path, bom + WithIds(body, ids), error)) return written;
    written += static_cast<int>(ids.size());
    out << "wrote " << ids.size() << (ids.size() == 1 ? " id" : " ids") << " into " << doc.path << "\n";
  }
  return written;
}

}  // namespace charterc
