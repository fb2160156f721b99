#include "project/config_loader.h"

#include <cctype>
#include <exception>
#include <string>

#include "base/suggest.h"
#include "i18n/language_tag.h"
#include "i18n/locale_info.h"
#include "project/language_settings.h"
#include "project/site_settings.h"
#include "project/yaml_duplicate_keys.h"
#include "project/image_settings.h"
#include "project/yaml_location.h"

namespace charterc {

namespace {

// waivers:
//   cse:2.1.1: "Covered by the university's strategy, not a public charter"
void ReadWaivers(const SourceFile& source, const YAML::Node& node, ProjectConfig* config, DiagnosticSink& sink) {
  const char* hint = "write one 'framework:criterion: \"the reason\"' per line under waivers:";
  if (!node.IsMap()) {
    sink.Report(DiagCode::E0701, YamlLocation(source, node.Mark()), "'waivers' must map criteria to reasons", hint);
    return;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    std::string ref = it->first.as<std::string>("");
    SourceLocation at = YamlLocation(source, it->first.Mark());
    if (!it->second.IsScalar() || it->second.Scalar().empty()) {
      sink.Report(DiagCode::E0701, at, "waiver of '" + ref + "' gives no reason",
                  "say why the criterion is not covered: assessors read it");
      continue;
    }
    config->waivers[ref] = Waiver{it->second.Scalar(), at};
  }
}

// The paper printed pages are laid out for, as a CSS page size.
void ReadPaper(const std::string& value, const SourceLocation& at, ProjectConfig* config, DiagnosticSink& sink) {
  std::string lower;
  for (char c : value) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "a4") {
    config->paper = "A4";
  } else if (lower == "letter") {
    config->paper = "letter";
  } else {
    sink.Report(DiagCode::E0701, at, "'" + value + "' is not a paper size charterc knows", "write paper: A4 or paper: letter");
  }
}

// The longest sentence, in words, before W0907 (sentence-too-long).
void ReadSentenceLimit(const std::string& value, const SourceLocation& at, ProjectConfig* config,
                       DiagnosticSink& sink) {
  size_t used = 0;
  int limit = 0;
  try {
    limit = std::stoi(value, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != value.size() || limit < 5) {
    sink.Report(DiagCode::E0701, at, "max-sentence-words must be a whole number of at least 5, not '" + value + "'",
                "plain-language guides suggest 15 to 20 words on average; write e.g. max-sentence-words: 30");
    return;
  }
  config->max_sentence_words = limit;
}

// Off < note < warning < error.
int Rank(SeverityChoice choice) {
  if (!choice) return 0;
  switch (*choice) {
    case Severity::Note: return 1;
    case Severity::Warning: return 2;
    case Severity::Error: return 3;
  }
  return 3;
}

// severity:
//   vague-word: error      # by name or by code (W0905)
//   W0907: off
// Quality findings are the team's to weigh; an integrity problem makes an
// output wrong, so it can be raised but never lowered.
void ReadSeverities(const SourceFile& source, const YAML::Node& node, ProjectConfig* config, DiagnosticSink& sink) {
  if (!node.IsMap()) {
    sink.Report(DiagCode::E0701, YamlLocation(source, node.Mark()), "'severity' must map codes to severities",
                "write one 'code: off|note|warning|error' per line under severity:, e.g. W0907: off");
    return;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    std::string key = it->first.as<std::string>("");
    SourceLocation at = YamlLocation(source, it->first.Mark());
    const DiagCodeInfo* info = FindDiagCode(key);
    if (info == nullptr) {
      std::vector<std::string> names;
      for (const DiagCodeInfo& code : AllDiagCodes()) names.push_back(std::string(code.name));
      std::string hint = DidYouMean(key, names);
      sink.Report(DiagCode::E0701, at, "'" + key + "' is not a diagnostic code",
                  hint.empty() ? "write a code such as W0905 or its name, such as vague-word; charterc codes lists them"
                               : hint);
      continue;
    }
    SeverityChoice choice;
    std::string value = it->second.IsScalar() ? it->second.Scalar() : "";
    SourceLocation value_at = YamlLocation(source, it->second.Mark());
    if (!ParseSeverityChoice(value, &choice)) {
      sink.Report(DiagCode::E0701, value_at, "'" + value + "' is not a severity", "write off, note, warning or error");
      continue;
    }
    if (info->kind == DiagKind::Integrity && Rank(choice) < Rank(info->severity)) {
      sink.Report(DiagCode::E0701, value_at,
                  std::string(info->id) + " (" + std::string(info->name) +
                      ") is an integrity check: it cannot be lowered below " + std::string(SeverityName(info->severity)),
                  "an integrity problem makes an output wrong; fix it in the source (quality codes can be lowered)");
      continue;
    }
    config->severities[info->code] = choice;
  }
}

// Which XLIFF segments are published: "translated" (the default: also
// reviewed and final) or "reviewed" (a second person must have checked it).
void ReadTranslationState(const std::string& value, const SourceLocation& at, ProjectConfig* config,
                          DiagnosticSink& sink) {
  if (value == "translated" || value == "reviewed") {
    config->xliff_min_state = value;
    return;
  }
  sink.Report(DiagCode::E0701, at, "translation-state must be translated or reviewed, not '" + value + "'",
              "write translation-state: reviewed to publish only XLIFF segments a reviewer confirmed");
}

}  // namespace

ProjectConfig LoadConfig(const SourceFile& source, DiagnosticSink& sink) {
  ProjectConfig config;
  YAML::Node root;
  try {
    root = YAML::Load(source.text());
  } catch (const YAML::ParserException& e) {
    sink.Report(DiagCode::E0701, YamlLocation(source, e.mark), "charterc.yaml is not valid YAML: " + e.msg,
                "write one 'key: value' per line");
    return config;
  }
  ReportDuplicateKeys(source, root, sink);
  if (!root.IsDefined() || root.IsNull()) return config;
  if (!root.IsMap()) {
    sink.Report(DiagCode::E0701, SourceLocation{source.path(), 1, 1, 0}, "charterc.yaml must hold 'key: value' lines",
                "see the project settings in docs/syntax.md");
    return config;
  }
  for (auto it = root.begin(); it != root.end(); ++it) {
    std::string key = it->first.as<std::string>("");
    // A copy (a handle): the iterator's pair is a temporary, so a reference
    // to its member dangles at the end of this line (found by ASan).
    const YAML::Node value = it->second;
    SourceLocation at = YamlLocation(source, value.Mark());
    if (!value.IsScalar() && (key == "title" || key == "source-lang" || key == "base-url" || key == "framework" ||
                              key == "paper" || key == "max-sentence-words" ||
                              key == "translation-state" || key == "path-prefix" || key == "fragment-prefix" ||
                              key == "csv-bom")) {
      sink.Report(DiagCode::E0701, at, "'" + key + "' must be a single value", "write " + key + ": ...");
    } else if (key == "title") {
      config.title = value.Scalar();
    } else if (key == "source-lang") {
      LanguageTagCheck check = CheckLanguageTag(value.Scalar());
      if (check.known) config.source_lang = check.canonical;
      else sink.Report(DiagCode::E0701, at, "'" + value.Scalar() + "' is not a language tag", LanguageTagHint(check));
    } else if (key == "base-url" || key == "path-prefix" || key == "fragment-prefix" || key == "csv-bom") {
      ReadSiteSetting(key, value.Scalar(), at, &config, sink);
    } else if (key == "max-sentence-words") {
      ReadSentenceLimit(value.Scalar(), at, &config, sink);
    } else if (key == "translation-state") {
      ReadTranslationState(value.Scalar(), at, &config, sink);
    } else if (key == "paper") {
      ReadPaper(value.Scalar(), at, &config, sink);
    } else if (key == "framework") {
      config.framework = value.Scalar();
      config.framework_location = at;
    } else if (key == "waivers") {
      ReadWaivers(source, value, &config, sink);
    } else if (key == "severity") {
      ReadSeverities(source, value, &config, sink);
    } else if (key == "languages") {
      ReadLanguages(source, value, &config, sink);
    } else if (key == "min-translated") {
      ReadMinTranslated(source, value, &config, sink);
    } else if (key == "numbers") {
      ReadNumbers(source, value, &config, sink);
    } else if (key == "images") {
      ReadImageSettings(source, value, &config, sink);
    } else {
      sink.Report(DiagCode::W0702, YamlLocation(source, it->first.Mark()), "unknown key '" + key + "' in charterc.yaml",
                  "known keys: title, source-lang, base-url, path-prefix, paper, max-sentence-words, "
                  "translation-state, framework, waivers, severity, languages, min-translated, numbers, "
                  "fragment-prefix, csv-bom, images");
    }
  }
  return config;
}

}  // namespace charterc
