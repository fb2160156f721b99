#include <doctest/doctest.h>

#include "output/output_layout.h"

using namespace charterc;

TEST_CASE("every output's path comes from one place") {
  CHECK(OutputLayout::Document("cy", "charter") == "cy/charter.html");
  CHECK(OutputLayout::Document("en", "charter", OutputFormat::LargePrintPdf) == "en/charter.large-print.pdf");
  CHECK(OutputLayout::Document("zh-Hans", "standards", OutputFormat::Text) == "zh-Hans/standards.txt");
  CHECK(OutputLayout::Collection("fr") == "fr/documents.epub");
  CHECK(OutputLayout::Traceability("ar") == "ar/traceability.html");
  CHECK(OutputLayout::Bilingual("cy", "en", "charter") == "bilingual-cy-en/charter.html");
}

TEST_CASE("each output belongs to the format that makes it") {
  CHECK(OutputLayout::FormatOf("en/charter.large-print.pdf") == "large-print");
  CHECK(OutputLayout::FormatOf("en/charter.pdf") == "pdf");
  CHECK(OutputLayout::FormatOf("en/documents.epub") == "epub");
  CHECK(OutputLayout::FormatOf("cy/charter.txt") == "txt");
  CHECK(OutputLayout::FormatOf("report/index.html") == "report");
  CHECK(OutputLayout::FormatOf("evidence/index.html") == "evidence");
  CHECK(OutputLayout::FormatOf("commitments.json") == "json");
  CHECK(OutputLayout::FormatOf("charterc.css") == "html");
  CHECK(OutputLayout::FormatOf("bilingual-cy-en/charter.html") == "html");
}

TEST_CASE("links between outputs are relative to the page holding them") {
  CHECK(OutputLayout::Relative("en/charter.html", "charterc.css") == "../charterc.css");
  CHECK(OutputLayout::Relative("en/charter.html", "en/standards.html") == "standards.html");
  CHECK(OutputLayout::Relative("en/charter.html", "cy/charter.html") == "../cy/charter.html");
  CHECK(OutputLayout::Relative("index.html", "en/traceability.html") == "en/traceability.html");
  CHECK(OutputLayout::Relative("report/index.html", "en/charter.html") == "../en/charter.html");
  // "en" and "en-GB" share a prefix but not a folder.
  CHECK(OutputLayout::Relative("en/charter.html", "en-GB/charter.html") == "../en-GB/charter.html");
  CHECK(OutputLayout::Resolve("en/charter.html", "standards.html#x") == "en/standards.html#x");
  CHECK(OutputLayout::Resolve("index.html", "en/charter.html") == "en/charter.html");
}

TEST_CASE("the base URL is joined in one place, with or without its slash") {
  CHECK(OutputLayout("https://example.org/charters").Absolute("en/charter.html") ==
        "https://example.org/charters/en/charter.html");
  CHECK(OutputLayout("https://example.org/charters/").Absolute("en/charter.html") ==
        "https://example.org/charters/en/charter.html");
  CHECK(OutputLayout().Absolute("en/charter.html").empty());
  CHECK(OutputLayout().Portable("en/charter.epub", "en/standards.html") == "standards.html");
  CHECK(OutputLayout("https://example.org").Portable("en/charter.epub", "en/standards.html") ==
        "https://example.org/en/standards.html");
}

TEST_CASE("site data and fragments have their own paths and formats") {
  CHECK(OutputLayout::Fragment("cy", "charter") == "fragments/cy/charter.html");
  CHECK(OutputLayout::FormatOf(OutputLayout::kCommitmentsCsv) == "json");
  CHECK(OutputLayout::FormatOf(OutputLayout::kManifest) == "html");
  CHECK(OutputLayout::FormatOf(OutputLayout::kSitemap) == "html");
  CHECK(OutputLayout::FormatOf(OutputLayout::kFragmentStylesheet) == "html");
  CHECK(OutputLayout::FormatOf("fragments/ar/charter.html") == "html");
}

TEST_CASE("a published link is absolute, rooted at the path prefix, or relative") {
  CHECK(OutputLayout().Published("en/charter.html") == "en/charter.html");
  CHECK(OutputLayout("", "/charters/").Published("en/charter.html") == "/charters/en/charter.html");
  // The prefix is written with or without its slashes.
  CHECK(OutputLayout("", "charters").Published("en/charter.html") == "/charters/en/charter.html");
  CHECK(OutputLayout("", "/").Published("index.html") == "/index.html");
  // A base URL wins, and without a prefix its path is the prefix.
  const OutputLayout web("https://example.org/charters/", "");
  CHECK(web.Published("en/charter.html", "x") == "https://example.org/charters/en/charter.html#x");
  CHECK(web.HasPathPrefix());
  CHECK(OutputLayout("https://example.org", "").HasPathPrefix());
}
