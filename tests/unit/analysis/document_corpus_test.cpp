#include <doctest/doctest.h>

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "analysis/analysis.h"
#include "project/project_loader.h"

using namespace charterc;

// tests/corpus/documents/ holds whole documents written in the shapes real
// charters use, each block labelled by an editor before the code read it
// (tests/corpus/README.md). Every document is loaded as a project of its
// own, exactly as `charterc check` would; the test then scores, per
// language, how many promises were found (recall), how many of the found
// were promises (precision), and how many verdicts agree with the editor.

namespace {

struct Label {
  std::string find;
  std::string expect;  // MEASURABLE ... or NONE
};

struct Score {
  int promises = 0, found = 0, found_promises = 0, verdicts_agreed = 0;
  double Recall() const { return promises ? static_cast<double>(found_promises) / promises : 1; }
  double Precision() const { return found ? static_cast<double>(found_promises) / found : 1; }
  double Agreement() const { return found_promises ? static_cast<double>(verdicts_agreed) / found_promises : 1; }
};

std::string ReadWhole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The 1-based line of the one line holding `find`; 0 when none or several do.
int LineOf(const std::vector<std::string>& lines, const std::string& find) {
  int found = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find(find) == std::string::npos) continue;
    if (found) return 0;
    found = static_cast<int>(i) + 1;
  }
  return found;
}

void ScoreDocument(const std::filesystem::path& md, std::map<std::string, Score>* scores) {
  std::string name = md.stem().string();
  std::string source = ReadWhole(md);
  std::vector<std::string> lines = Lines(source);
  YAML::Node labels = YAML::LoadFile(md.parent_path() / (name + ".labels.yaml"));
  std::map<int, Label> by_line;
  for (const YAML::Node& node : labels) {
    Label label{node["find"].as<std::string>(), node["expect"].as<std::string>()};
    int line = LineOf(lines, label.find);
    REQUIRE_MESSAGE(line > 0, name << ": '" << label.find << "' is not on exactly one line");
    by_line[line] = label;
  }

  MemoryFileSystem fs;
  fs.Add("p/charters/" + name + ".md", source);
  DiagnosticSink sink;
  LoadedProject loaded = LoadProject(fs, "p", sink);
  REQUIRE(loaded.project.documents.size() == 1);
  const Document& doc = loaded.project.documents[0];
  Score& score = (*scores)[doc.meta.lang];
  for (const auto& [line, label] : by_line) score.promises += label.expect != "NONE";

  std::map<int, const Commitment*> found;
  for (const Commitment& commitment : doc.commitments) found[commitment.location.line] = &commitment;
  for (const auto& [line, commitment] : found) {
    ++score.found;
    auto label = by_line.find(line);
    if (label == by_line.end() || label->second.expect == "NONE") {
      MESSAGE(name << ":" << line << ": found a promise the editor did not: " << commitment->text);
      continue;
    }
    ++score.found_promises;
    std::optional<TargetReading> reading = ReadCommitment(loaded.project, doc, *commitment);
    std::string got = reading ? std::string(VerdictName(reading->verdict)) : "NO LEXICON";
    if (got == label->second.expect) {
      ++score.verdicts_agreed;
    } else {
      MESSAGE(name << ":" << line << ": " << got << ", the editor says " << label->second.expect << ": "
                   << commitment->text);
    }
  }
  for (const auto& [line, label] : by_line) {
    if (label.expect != "NONE" && !found.count(line)) {
      MESSAGE(name << ":" << line << ": missed a " << label.expect << " promise: " << lines[line - 1]);
    }
  }
}

}  // namespace

TEST_CASE("the held-out document corpus: promises found and verdicts agree with the editor, per language") {
  std::filesystem::path dir = std::filesystem::path(CHARTERC_SOURCE_DIR) / "tests/corpus/documents";
  std::map<std::string, Score> scores;
  int documents = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".md") continue;
    ++documents;
    ScoreDocument(entry.path(), &scores);
  }
  CHECK(documents >= 12);
  for (const auto& [lang, score] : scores) {
    MESSAGE(lang << ": " << score.promises << " promises; recall " << score.Recall() << ", precision "
                 << score.Precision() << ", verdict agreement " << score.Agreement() << " ("
                 << score.verdicts_agreed << " of " << score.found_promises << " found)");
    CHECK(score.Recall() >= 0.90);
    CHECK(score.Precision() >= 0.90);
    CHECK(score.Agreement() >= 0.85);
  }
  for (const std::string lang : {"en", "fr", "cy", "es"}) CHECK_MESSAGE(scores.count(lang), lang);
}
