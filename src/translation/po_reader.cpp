#include "translation/po_reader.h"

#include <algorithm>
#include <map>

#include "base/suggest.h"
#include "i18n/locale_info.h"
#include "markdown/attribute_block.h"
#include "markdown/inline_markdown.h"
#include "translation/fingerprint.h"
#include "translation/po_file.h"
#include "translation/po_nul_scan.h"
#include "translation/unit.h"

namespace charterc {

namespace {

// What a translator must carry over unchanged: facts, link addresses and
// code spans, each as "kind:value" with how often it occurs.
using ProtectedCodes = std::map<std::string, int>;

void CollectProtected(const std::vector<Inline>& inlines, ProtectedCodes* codes) {
  for (const Inline& item : inlines) {
    if (item.kind == InlineKind::Fact) ++(*codes)["the fact {{ " + item.text + " }}"];
    if (item.kind == InlineKind::Link) ++(*codes)["the link to " + item.text];
    if (item.kind == InlineKind::Image) ++(*codes)["the image " + item.text];
    if (item.kind == InlineKind::Code) ++(*codes)["the code `" + item.text + "`"];
    CollectProtected(item.children, codes);
  }
}

std::vector<std::string> ProtectedCodeProblems(const std::vector<Inline>& source, const std::vector<Inline>& target) {
  ProtectedCodes expected, found;
  CollectProtected(source, &expected);
  CollectProtected(target, &found);
  std::vector<std::string> problems;
  for (const auto& [code, count] : expected) {
    if (found[code] < count) problems.push_back("the translation lost " + code);
  }
  for (const auto& [code, count] : found) {
    auto in_source = expected.find(code);
    if (in_source == expected.end() || in_source->second < count) {
      problems.push_back("the translation has " + code + ", which the source does not");
    }
  }
  return problems;
}

// The start of a msgstr's text: `msgstr ""` followed by continuation
// lines, as PO editors wrap long entries, starts on the next line.
SourceLocation LineOf(const SourceFile& file, int line) {
  if (line <= 0) return SourceLocation{file.path(), 0, 0, 0};
  if (file.Line(line) == "msgstr \"\"" && file.Line(line + 1).substr(0, 1) == "\"") ++line;
  return file.Find(line, "\"");
}

void ReportUnusable(const SourceFile& file, const std::vector<PoProblem>& problems, DiagnosticSink& sink) {
  auto error = std::find_if(problems.begin(), problems.end(), [](const PoProblem& problem) { return problem.error; });
  const PoProblem& first = error != problems.end() ? *error : problems.front();
  sink.Report(DiagCode::E1007, LineOf(file, first.line), "not a usable PO file: " + first.message,
              "repair the file where shown (msgfmt --check shows the same problems), or restore it from "
              "version control; charterc po export will not overwrite a file it cannot read");
}

}  // namespace

std::optional<Translation> ReadPo(const SourceFile& file, const Document& source, const std::string& lang,
                                  DiagnosticSink& sink) {
  if (std::optional<size_t> nul = FindNulInPoStrings(file.text())) {
    sink.Report(DiagCode::E1007, file.LocationOf(*nul, 1),
                "not a usable PO file: a string holds a NUL character, which would silently end it there",
                "remove the NUL (a \\0 escape or a zero byte); PO strings cannot contain one");
    return std::nullopt;
  }
  std::vector<PoProblem> problems;
  std::optional<PoCatalog> catalog = ReadPoText(file.text(), &problems);
  if (!catalog) {
    ReportUnusable(file, problems, sink);
    return std::nullopt;
  }
  std::string declared = PoHeaderField(catalog->header, "Language");
  // gettext tools write POSIX-style tags (fr_CA); BCP 47 says fr-CA.
  std::replace(declared.begin(), declared.end(), '_', '-');
  icu::Locale declared_locale;
  if (!declared.empty() &&
      (!ParseLanguageTag(declared, &declared_locale) || CanonicalLanguageTag(declared_locale) != lang)) {
    sink.Report(DiagCode::E1007, LineOf(file, 1), "the header says Language: " + declared +
                                                      " but the file is in locales/" + lang + "/",
                "move the file to the folder of its language, or correct the Language header");
    return std::nullopt;
  }

  Translation translation;
  translation.document = source.name;
  translation.lang = lang;
  translation.path = file.path();
  translation.format = TranslationFormat::Po;
  std::map<std::string, Unit> units;
  std::vector<std::string> ids;
  for (Unit& unit : SegmentDocument(source)) {
    ids.push_back(unit.id);
    units.emplace(unit.id, std::move(unit));
  }
  for (const PoMessage& message : catalog->messages) {
    if (message.obsolete || message.str.empty()) continue;
    SourceLocation at = LineOf(file, message.line);
    auto unit = units.find(message.context);
    if (unit == units.end()) {
      std::string suggestion = DidYouMean(message.context, ids);
      sink.Report(DiagCode::E1003, at,
                  message.context.empty() ? "entry without msgctxt: charterc cannot tell which unit it translates"
                                          : "unit '" + message.context + "' is not in " + source.path,
                  suggestion.empty() ? "run 'charterc po export --lang " + lang + "' to bring the file up to date"
                                     : suggestion);
      continue;
    }
    // Attribute blocks are the source's; in a translation their text, notes
    // for assessors included, would be published as words.
    std::vector<AttributeBlockMatch> blocks = FindAttributeBlocks(message.str);
    std::erase_if(blocks, [&](const AttributeBlockMatch& block) { return IsDecorativeMarkAt(message.str, block.offset); });
    if (!blocks.empty()) {
      sink.Report(DiagCode::E1505, at, "unit '" + message.context + "': the translation holds an attribute block {...}",
                  "remove the block; ids and notes come from the source document");
      continue;
    }
    TranslatedUnit translated;
    translated.id = message.context;
    translated.inlines = ParseInlineMarkdown(file.path(), message.str, message.line, sink);
    // Front matter is plain text: an address in it is not a link (an
    // autolinked contact would count as an invented one), and the Markdown
    // escapes of the msgid are undone.
    if (IsFrontMatter(unit->second.kind)) {
      translated.inlines = {Inline{InlineKind::Text, PlainText(translated.inlines), {}, {}, {}, false}};
    }
    bool current = message.id == InlinesToMarkdown(unit->second.inlines);
    translated.from = current ? unit->second.fingerprint : Fingerprint(message.id);
    translated.unconfirmed = message.fuzzy;
    translated.made_from = message.fuzzy && !message.previous_id.empty() ? message.previous_id : message.id;
    translated.location = at;
    std::vector<std::string> lost = ProtectedCodeProblems(unit->second.inlines, translated.inlines);
    for (const std::string& problem : lost) {
      sink.Report(DiagCode::E1005, at, "unit '" + translated.id + "': " + problem,
                  "facts ({{ name }}), link addresses and `code` are copied exactly; translate only the words "
                  "around them and a link's text");
    }
    if (lost.empty()) translation.units.push_back(std::move(translated));
  }
  return translation;
}

}  // namespace charterc
