#include "render/results_page.h"

#include "output/output_layout.h"
#include "render/meta_text.h"
#include "render/page_template.h"
#include "render/render_context.h"
#include "render/results_chart.h"
#include "render/results_format.h"

namespace charterc {

namespace {

icu::Formattable Text(const std::string& text) { return icu::Formattable(icu::UnicodeString::fromUTF8(text)); }

struct PageContext {
  const Project& project;
  const ResultsBook& book;
  const std::string& lang;
  const std::vector<const Document*>& documents;
  const UiStrings& strings;
  const UiStrings& source_strings;  // for a standard shown in the source language
  bool rtl;
};

// The document as the page's language publishes it, else its source.
const Document* DocumentFor(const PageContext& page, const std::string& name) {
  for (const Document* doc : page.documents) {
    if (doc->name == name) return doc;
  }
  return page.project.FindDocument(name);
}

const Commitment* CommitmentOf(const Document& doc, const std::string& id) {
  for (const Commitment& commitment : doc.commitments) {
    if (commitment.id == id) return &commitment;
  }
  return nullptr;
}

std::string Outcome(const ResultPoint& point, const UiStrings& strings) {
  if (!point.met) return "";
  return strings.Format(*point.met ? "results-met" : "results-missed");
}

std::string TrendText(Trend trend, const UiStrings& strings) {
  switch (trend) {
    case Trend::Better: return strings.Format("results-trend-better");
    case Trend::Worse: return strings.Format("results-trend-worse");
    case Trend::Steady: return strings.Format("results-trend-steady");
    case Trend::Unknown: break;
  }
  return "";
}

// "Latest result: 96% in July 2026, met. Target met in 9 of 12 periods.
// Trend: improving." The sentence under the chart and its text alternative.
std::string Summary(const ResultSeries& series, const UiStrings& strings) {
  const ResultPoint& last = series.points.back();
  const std::string unit = last.target ? last.target->unit : "count";
  std::string summary = strings.Format(
      last.met ? "results-latest" : "results-latest-unjudged",
      {{"result", Text(FormatResultValue(last.value, unit, strings))},
       {"period", Text(FormatPeriod(last.period, strings))},
       {"outcome", Text(Outcome(last, strings))}});
  int met = 0, judged = 0;
  for (const ResultPoint& point : series.points) {
    judged += point.met ? 1 : 0;
    met += point.met && *point.met ? 1 : 0;
  }
  if (judged > 1) {
    summary += " " + strings.Format("results-met-count", {{"met", icu::Formattable(met)}, {"count", icu::Formattable(judged)}});
  }
  std::string trend = TrendText(TrendOf(series), strings);
  if (!trend.empty()) summary += " " + strings.Format("results-trend", {{"trend", Text(trend)}});
  return summary;
}

void AppendCell(pugi::xml_node row, const char* name, const std::string& text, const char* css_class = nullptr) {
  pugi::xml_node cell = row.append_child(name);
  if (name == std::string("th")) cell.append_attribute("scope") = "row";
  if (css_class) cell.append_attribute("class") = css_class;
  cell.text() = text.c_str();
}

void AppendTable(pugi::xml_node parent, const ResultSeries& series, const std::string& caption,
                 const UiStrings& strings) {
  bool samples = false;
  for (const ResultPoint& point : series.points) samples = samples || point.sample.has_value();
  pugi::xml_node table = parent.append_child("table");
  table.append_attribute("class") = "results-table";
  // On a narrow screen the table scrolls in its own box (the stylesheet):
  // keyboard users reach it to scroll it; its caption names it.
  table.append_attribute("tabindex") = "0";
  AppendText(table, "caption", caption);
  pugi::xml_node head = table.append_child("thead").append_child("tr");
  std::vector<const char*> columns = {"results-period", "results-result", "results-target", "results-outcome"};
  if (samples) columns.push_back("results-sample");
  for (const char* key : columns) {
    pugi::xml_node th = head.append_child("th");
    th.append_attribute("scope") = "col";
    th.text() = strings.Format(key).c_str();
  }
  pugi::xml_node body = table.append_child("tbody");
  for (const ResultPoint& point : series.points) {
    pugi::xml_node row = body.append_child("tr");
    const std::string unit = point.target ? point.target->unit : "count";
    AppendCell(row, "th", FormatPeriod(point.period, strings));
    AppendCell(row, "td", FormatResultValue(point.value, unit, strings));
    AppendCell(row, "td", point.target ? FormatTarget(*point.target, strings) : "");
    AppendCell(row, "td", Outcome(point, strings), point.met ? (*point.met ? "met" : "missed") : nullptr);
    if (samples) AppendCell(row, "td", point.sample ? FormatResultValue(static_cast<double>(*point.sample), "count", strings) : "");
  }
}

void AppendSeries(pugi::xml_node section, const PageContext& page, const ResultSeries& series,
                  const StandardResults& entry, const std::string& anchor, const std::string& name) {
  const UiStrings& strings = page.strings;
  std::string summary = Summary(series, strings);
  AppendText(section, "p", summary, "results-summary");
  if (!ReportsLatest(series, page.book)) {
    const Period& latest = page.book.latest.at(series.kind);
    AppendText(section, "p", strings.Format("results-not-reported-for", {{"period", Text(FormatPeriod(latest, strings))}}),
               "not-reported");
  }
  pugi::xml_node figures = section.append_child("div");
  figures.append_attribute("class") = "results-figures";
  const std::string id = anchor + "-" + std::to_string(static_cast<int>(series.kind));
  std::optional<ResultTarget> target = series.points.back().target ? series.points.back().target : entry.target;
  ChartText text{id, strings.Format("results-chart-title", {{"standard", Text(name)}}), summary};
  AppendResultsChart(figures, series, target, text, strings, page.rtl);
  // The section's heading names the standard; the caption says what the table holds.
  AppendTable(figures, series, strings.Format("results-table-caption"), strings);
}

void AppendStandard(pugi::xml_node parent, const PageContext& page, const StandardResults& entry) {
  const UiStrings& strings = page.strings;
  const Document* doc = DocumentFor(page, entry.document);
  const Commitment* commitment = doc ? CommitmentOf(*doc, entry.id) : nullptr;
  // A standard with no edition in the page's language keeps its source's
  // words, facts included: "2 working days", not Arabic digits in English.
  const bool foreign = doc && !SameLanguage(doc->meta.lang, page.lang);
  const std::string name =
      commitment ? WithFactsFormatted(page.project, foreign ? page.source_strings : strings, commitment->text) : entry.id;
  const std::string anchor = "result-" + entry.document + "-" + entry.id;
  pugi::xml_node section = parent.append_child("section");
  section.append_attribute("class") = "standard-results";
  section.append_attribute("aria-labelledby") = anchor.c_str();
  pugi::xml_node heading = section.append_child("h3");
  heading.append_attribute("id") = anchor.c_str();
  if (doc) {
    pugi::xml_node link = heading.append_child("a");
    const std::string target = OutputLayout::Document(doc->meta.lang, doc->name);
    link.append_attribute("href") = OutputLayout::Href(OutputLayout::Results(page.lang), target, entry.id).c_str();
    link.text() = name.c_str();
    if (foreign) SetLanguageAttributes(heading, doc->meta.lang);
  } else {
    heading.text() = name.c_str();
  }
  // A results table's own target ("90%" answered in full) wins over the
  // first share the standard's sentence states ("100% acknowledged").
  std::optional<ResultTarget> target = entry.target;
  if (!entry.series.empty() && entry.series.front().points.back().target) target = entry.series.front().points.back().target;
  AppendText(section, "p",
             target ? strings.Format("results-target-line", {{"target", Text(FormatTarget(*target, strings))}})
                    : strings.Format("results-no-target"),
             "results-target");
  if (entry.series.empty()) {
    AppendText(section, "p", strings.Format("results-not-reported"), "not-reported");
    return;
  }
  for (const ResultSeries& series : entry.series) AppendSeries(section, page, series, entry, anchor, name);
}

}  // namespace

bool HasResultsPage(const ResultsBook& book) { return !book.standards.empty(); }

bool RenderResultsPage(const Project& project, const ResultsBook& book, const std::string& lang,
                       const std::vector<const Document*>& documents, const UiStrings& strings,
                       const UiStrings& source_strings, const Theme& theme, std::string* html, std::string* error) {
  html->clear();
  PageTemplate page;
  if (!page.Parse(theme, error)) return false;
  page.SetLanguage(lang);
  const std::string title = strings.Format("how-we-did");
  page.SetText("title", title + " – " + project.config.title);
  FillCommon(page, strings, project, OutputLayout::Results(lang));
  pugi::xml_node main = page.Slot("main");
  main.append_attribute("class") = "results-page";
  AppendText(main, "h1", title);
  AppendText(main, "p", strings.Format("how-we-did-intro"), "summary");
  PageContext context{project, book, lang, documents, strings, source_strings, TextDirection(lang) == "rtl"};
  std::string current;
  pugi::xml_node group;
  for (const StandardResults& entry : book.standards) {
    if (entry.document != current || !group) {
      current = entry.document;
      const Document* doc = DocumentFor(context, entry.document);
      group = main.append_child("section");
      const std::string heading_id = "results-" + entry.document;
      group.append_attribute("aria-labelledby") = heading_id.c_str();
      pugi::xml_node heading = group.append_child("h2");
      heading.append_attribute("id") = heading_id.c_str();
      const UiStrings& doc_strings = doc && SameLanguage(doc->meta.lang, lang) ? strings : source_strings;
      heading.text() = (doc ? TitleText(project, doc_strings, *doc) : entry.document).c_str();
      if (doc && !SameLanguage(doc->meta.lang, lang)) SetLanguageAttributes(heading, doc->meta.lang);
    }
    AppendStandard(group, context, entry);
  }
  *html = page.Write();
  return true;
}

}  // namespace charterc
