#pragma once
// GNU gettext PO files through libgettextpo (the library msgfmt and
// msgmerge are built on): read into plain structs, written back from them.
// Everything charterc knows about units lives in po_reader/po_writer; this
// file only speaks PO.

#include <optional>
#include <string>
#include <vector>

namespace charterc {

struct PoMessage {
  std::string context;             // msgctxt
  std::string id;                  // msgid
  std::string str;                 // msgstr
  std::string previous_id;         // #| msgid: the source the translation was made from
  std::string extracted_comments;  // #. lines, joined with newlines
  std::vector<std::pair<std::string, int>> references;  // #: file:line
  bool fuzzy = false;
  bool obsolete = false;
  int line = 0;  // of its msgstr in the file read; 0 when written
};

struct PoCatalog {
  std::string header;  // the msgstr of the empty msgid: "Field: value\n" lines
  std::vector<PoMessage> messages;  // without the header entry
};

struct PoProblem {
  int line = 0;  // 0 when the problem is not tied to a line
  std::string message;
  bool error = true;  // false for libgettextpo's warnings
};

// Nothing when libgettextpo finds an error in the text (it reads on past
// syntax errors, but what it then returns is a guess); `problems` says
// where and why, and also holds its warnings for a file that was read.
std::optional<PoCatalog> ReadPoText(const std::string& text, std::vector<PoProblem>* problems);

// The PO text of `catalog` (entries in order, lines wrapped as msgmerge does).
std::string WritePoText(const PoCatalog& catalog);

// A header field's value ("Language"), empty when absent.
std::string PoHeaderField(const std::string& header, const std::string& field);
// `header` with `field` set to `value` (added at the end when absent).
std::string SetPoHeaderField(const std::string& header, const std::string& field, const std::string& value);

}  // namespace charterc
