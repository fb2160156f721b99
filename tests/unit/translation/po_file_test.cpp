#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "translation/po_file.h"

using namespace charterc;

TEST_CASE("a catalog written with libgettextpo reads back entry by entry") {
  PoCatalog catalog;
  catalog.header = "Project-Id-Version: charter\nLanguage: cy\nContent-Type: text/plain; charset=UTF-8\n";
  PoMessage reply;
  reply.context = "email-reply";
  reply.id = "We reply within {{ reply.email }}.";
  reply.str = "Rydym yn ateb o fewn {{ reply.email }}.";
  reply.previous_id = "We answer within {{ reply.email }}.";
  reply.fuzzy = true;
  reply.extracted_comments = "In the section \"Replies\".";
  reply.references.emplace_back("charters/charter.md", 15);
  PoMessage gone;
  gone.context = "old-promise";
  gone.id = "Gone";
  gone.str = "Wedi mynd";
  gone.obsolete = true;
  catalog.messages = {reply, gone};

  std::string text = WritePoText(catalog);
  CHECK(text.find("#, fuzzy\n") != std::string::npos);
  CHECK(text.find("#| msgid \"We answer within {{ reply.email }}.\"\n") != std::string::npos);
  CHECK(text.find("#~ msgctxt \"old-promise\"\n") != std::string::npos);

  std::vector<PoProblem> problems;
  std::optional<PoCatalog> back = ReadPoText(text, &problems);
  REQUIRE(back.has_value());
  CHECK(PoHeaderField(back->header, "Language") == "cy");
  REQUIRE(back->messages.size() == 2);
  const PoMessage& read = back->messages[0];
  CHECK(read.context == "email-reply");
  CHECK(read.id == reply.id);
  CHECK(read.str == reply.str);
  CHECK(read.previous_id == reply.previous_id);
  CHECK(read.fuzzy);
  CHECK(read.references == reply.references);
  CHECK(read.line > 0);
  CHECK(back->messages[1].obsolete);
  CHECK(back->messages[1].line == 0);  // obsolete entries have no live msgstr
}

TEST_CASE("the line of each msgstr is known, for diagnostics") {
  std::string text =
      "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\n"
      "msgctxt \"a\"\nmsgid \"One\"\nmsgstr \"Un\"\n\n"
      "msgctxt \"b\"\nmsgid \"Two\"\nmsgstr \"\"\n\"Deux\"\n";
  std::vector<PoProblem> problems;
  std::optional<PoCatalog> catalog = ReadPoText(text, &problems);
  REQUIRE(catalog.has_value());
  REQUIRE(catalog->messages.size() == 2);
  CHECK(catalog->messages[0].line == 6);
  CHECK(catalog->messages[1].line == 10);
  CHECK(catalog->messages[1].str == "Deux");
}

TEST_CASE("a syntax error makes the file unreadable, with its line") {
  std::vector<PoProblem> problems;
  CHECK_FALSE(ReadPoText("msgid \"a\"\nmsgstr \"b\n", &problems).has_value());
  REQUIRE_FALSE(problems.empty());
  CHECK(problems[0].line == 2);
  CHECK(problems[0].error);
  problems.clear();
  CHECK_FALSE(ReadPoText("this is not a PO file\n", &problems).has_value());
  CHECK_FALSE(problems.empty());
}

TEST_CASE("header fields are read and set without touching the others") {
  std::string header = "Project-Id-Version: x\nLast-Translator: Siân <sian@example.org>\n";
  std::string updated = SetPoHeaderField(header, "Language", "cy");
  CHECK(PoHeaderField(updated, "Language") == "cy");
  CHECK(PoHeaderField(updated, "Last-Translator") == "Siân <sian@example.org>");
  CHECK(PoHeaderField(updated, "Missing").empty());
}

TEST_CASE("PO text is read and written without a temporary file") {
  // libgettextpo only takes file names; charterc hands it an in-memory file,
  // so nothing is left in $TMPDIR when a build is killed, and an unusable
  // $TMPDIR does not stop translations (it used to: every PO file failed).
  const char* saved = std::getenv("TMPDIR");
  std::string old_value = saved ? saved : "";
  setenv("TMPDIR", "/nonexistent-charterc-tmpdir", 1);
  PoCatalog catalog;
  catalog.header = "Language: cy\nContent-Type: text/plain; charset=UTF-8\n";
  PoMessage entry;
  entry.id = "We reply within 2 days.";
  entry.str = "Rydym yn ateb o fewn 2 ddiwrnod.";
  catalog.messages = {entry};
  std::string text = WritePoText(catalog);
  std::vector<PoProblem> problems;
  std::optional<PoCatalog> back = ReadPoText(text, &problems);
  if (saved) {
    setenv("TMPDIR", old_value.c_str(), 1);
  } else {
    unsetenv("TMPDIR");
  }
  CHECK(text.find("msgstr \"Rydym yn ateb o fewn 2 ddiwrnod.\"") != std::string::npos);
  REQUIRE(back.has_value());
  REQUIRE(back->messages.size() == 1);
  CHECK(back->messages[0].str == entry.str);
  CHECK(problems.empty());
}
