#include <doctest/doctest.h>

#include "base/source_file.h"
#include "project/config_loader.h"
#include "project/language_settings.h"

using namespace charterc;

namespace {

struct Loaded {
  explicit Loaded(const std::string& yaml) : source("charterc.yaml", yaml) { config = LoadConfig(source, sink); }
  std::vector<std::string> Messages() const {
    std::vector<std::string> messages;
    for (const Diagnostic& d : sink.Sorted()) {
      messages.push_back(std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + " " + d.message);
    }
    return messages;
  }
  SourceFile source;
  DiagnosticSink sink;
  ProjectConfig config;
};

}  // namespace

TEST_CASE("severity: quality codes by id or name, any of off, note, warning, error") {
  Loaded loaded("severity:\n  commitment-vague: warning\n  w0907: off\n  W0903: error\n  hedge: note\n");
  CHECK(loaded.Messages().empty());
  const auto& chosen = loaded.config.severities;
  REQUIRE(chosen.size() == 4);
  CHECK(chosen.at(DiagCode::E0901) == Severity::Warning);
  CHECK_FALSE(chosen.at(DiagCode::W0907).has_value());
  CHECK(chosen.at(DiagCode::W0903) == Severity::Error);
  CHECK(chosen.at(DiagCode::W0904) == Severity::Note);
}

TEST_CASE("severity: an integrity code can be raised but never lowered") {
  Loaded loaded("severity:\n  unknown-criterion: error\n  unknown-id: warning\n  E0501: off\n");
  CHECK(loaded.config.severities.size() == 1);
  CHECK(loaded.config.severities.at(DiagCode::W0405) == Severity::Error);
  CHECK(loaded.Messages() == std::vector<std::string>{
                                 "3:15 E0402 (unknown-id) is an integrity check: it cannot be lowered below error",
                                 "4:10 E0501 (undefined-fact) is an integrity check: it cannot be lowered below error"});
}

TEST_CASE("severity: unknown codes and severities are errors at their place") {
  Loaded loaded("severity:\n  commitment-vauge: off\n  W0905: loud\n");
  CHECK(loaded.config.severities.empty());
  CHECK(loaded.Messages() ==
        std::vector<std::string>{"2:3 'commitment-vauge' is not a diagnostic code", "3:10 'loud' is not a severity"});
  CHECK(loaded.sink.Sorted().front().hint == "did you mean 'commitment-vague'?");
}

TEST_CASE("the sink applies the chosen severities to what was reported before and after") {
  DiagnosticSink sink;
  sink.Report(DiagCode::E0901, {"a.md", 1, 1, 0}, "vague");
  sink.Report(DiagCode::W0907, {"a.md", 2, 1, 0}, "long");
  sink.set_severities({{DiagCode::E0901, Severity::Warning}, {DiagCode::W0907, std::nullopt}});
  sink.Report(DiagCode::W0907, {"a.md", 3, 1, 0}, "long again");
  sink.Report(DiagCode::E0901, {"a.md", 4, 1, 0}, "vague again");
  CHECK(sink.ErrorCount() == 0);
  CHECK(sink.WarningCount() == 2);
  CHECK(sink.Sorted().size() == 2);
  sink.MarkBaselined([](const Diagnostic& d) { return d.location.line == 1; });
  CHECK(sink.WarningCount() == 1);
  CHECK(sink.BaselinedCount() == 1);
}

TEST_CASE("languages: a list of tags to publish; a language's name is an error with the tag it means") {
  Loaded listed("languages: [cy, fr, zh-hans]\n");
  CHECK(listed.Messages().empty());
  CHECK(listed.config.has_languages);
  CHECK(listed.config.languages == std::vector<std::string>{"cy", "fr", "zh-Hans"});
  Loaded named("languages:\n  - cy\n  - german\n");
  REQUIRE(named.Messages().size() == 1);
  CHECK(named.Messages()[0] == "3:5 'german' in languages is not a language tag");
  CHECK(named.sink.Sorted()[0].hint == "did you mean de?");
  CHECK(named.config.languages == std::vector<std::string>{"cy"});
  Loaded none("title: x\n");
  CHECK_FALSE(none.config.has_languages);
  CHECK(none.config.min_translated == 100);
}

TEST_CASE("min-translated: a percentage, with or without the sign") {
  CHECK(Loaded("min-translated: 80\n").config.min_translated == 80);
  CHECK(Loaded("min-translated: 62.5%\n").config.min_translated == 62.5);
  Loaded wrong("min-translated: most\n");
  REQUIRE(wrong.Messages().size() == 1);
  CHECK(wrong.Messages()[0] == "1:17 min-translated must be a percentage from 0 to 100, not 'most'");
  CHECK(Loaded("min-translated: 120\n").Messages().size() == 1);
}

TEST_CASE("numbers: one numbering system for every language, or per language") {
  Loaded every("numbers: latn\n");
  CHECK(every.Messages().empty());
  CHECK(NumberingSystemFor(every.config, "ar") == "latn");
  Loaded per("numbers: {ar: latn, fa: default}\n");
  CHECK(per.Messages().empty());
  CHECK(NumberingSystemFor(per.config, "ar-EG") == "latn");  // follows its language
  CHECK(NumberingSystemFor(per.config, "fa") == "");
  CHECK(NumberingSystemFor(per.config, "en") == "");
  Loaded wrong("numbers: roman\n");
  REQUIRE(wrong.Messages().size() == 1);
  CHECK(wrong.Messages()[0] == "1:10 'roman' is not a numbering system");
}

// Issue 17: "base-url: javascript:..." made every cross-document link of a
// book and every link annotation of a PDF a javascript: URL.
TEST_CASE("base-url is an http(s) address or a path, or an error at its line") {
  for (const char* good : {"https://example.org/charters/", "http://example.org", "HTTPS://example.org:8443/a/b/",
                           "/charters/", "/", "https://example.org/caf%C3%A9/"}) {
    Loaded loaded(std::string("title: T\nbase-url: ") + good + "\n");
    CHECK_MESSAGE(loaded.Messages().empty(), good);
    CHECK(!loaded.config.base_url.empty());
  }
  CHECK(Loaded("base-url: HTTPS://example.org/\n").config.base_url == "https://example.org/");
  for (const char* bad : {"javascript:alert(1)//", "JavaScript:alert(1)", "data:text/html,x", "file:///tmp/",
                          "vbscript:x", "//evil.example/", "/\\evil.example/", "example.org/charters/",
                          "https://", "https:example.org", "https://a@example.org/", "https://example.org/a b",
                          "https://example.org/\"><script>", "https://example.org/?q=1", "https://example.org/#x",
                          "https://exa mple.org/", "https://example.org:80a/", "https://example.org/caf\xC3\xA9"}) {
    Loaded loaded(std::string("title: T\nbase-url: '") + bad + "'\n");
    REQUIRE_MESSAGE(loaded.Messages().size() == 1, bad);
    CHECK(loaded.Messages()[0].rfind("2:11 base-url", 0) == 0);
    CHECK_MESSAGE(loaded.config.base_url.empty(), bad);
  }
}

// path-prefix is written into every link and into manifest.json as it is,
// so it holds only characters a URL path holds unencoded.
TEST_CASE("path-prefix is a folder of URL path characters, or an error at its line") {
  for (const char* good : {"/charters/", "charters", "/", "/a/b", "/caf%C3%A9/"}) {
    Loaded loaded(std::string("title: T\npath-prefix: ") + good + "\n");
    CHECK_MESSAGE(loaded.Messages().empty(), good);
    CHECK(!loaded.config.path_prefix.empty());
  }
  for (const char* bad : {"/charters\"onmouseover=alert(3)/", "/a<b/", "/a b/", "/../etc/", "/caf\xC3\xA9/", "/a%zz/",
                          "/a?x=1", "/a#top", "//evil.example/"}) {
    Loaded loaded(std::string("title: T\npath-prefix: '") + bad + "'\n");
    REQUIRE_MESSAGE(loaded.Messages().size() == 1, bad);
    CHECK_MESSAGE(loaded.config.path_prefix.empty(), bad);
  }
}
