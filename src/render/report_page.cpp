#include "render/report_page.h"

#include <map>

#include "output/output_layout.h"
#include "analysis/promise_summary.h"
#include "base/file_system.h"
#include "render/meta_text.h"
#include "render/page_template.h"
#include "render/render_context.h"

namespace charterc {

namespace {

// The verdicts in the order the report counts them, with their words.
const std::vector<std::pair<Verdict, const char*>>& VerdictColumns() {
  static const std::vector<std::pair<Verdict, const char*>> kColumns = {{Verdict::Measurable, "measurable"},
                                                                        {Verdict::Incomplete, "incomplete"},
                                                                        {Verdict::Vague, "vague"},
                                                                        {Verdict::Binary, "yes/no"}};
  return kColumns;
}

const char* VerdictWord(Verdict verdict) {
  for (const auto& [value, word] : VerdictColumns()) {
    if (value == verdict) return word;
  }
  return "";
}

std::map<Verdict, int> CountVerdicts(const Document& doc, const Analysis& analysis) {
  std::map<Verdict, int> counts;
  for (const Commitment& commitment : doc.commitments) {
    if (const auto& reading = analysis.Of(doc, commitment).reading) ++counts[reading->verdict];
  }
  return counts;
}

pugi::xml_node AppendTable(pugi::xml_node parent, const std::string& caption, const std::vector<const char*>& headers) {
  pugi::xml_node table = parent.append_child("table");
  AppendText(table, "caption", caption);
  pugi::xml_node row = table.append_child("thead").append_child("tr");
  for (const char* header : headers) {
    pugi::xml_node th = row.append_child("th");
    th.append_attribute("scope") = "col";
    th.text() = header;
  }
  return table.append_child("tbody");
}

// "E0901 error: commitment 'help' is not measurable ..." per finding.
void AppendFindings(pugi::xml_node cell, const std::vector<const Diagnostic*>& findings) {
  if (findings.empty()) return;
  pugi::xml_node list = cell.append_child("ul");
  for (const Diagnostic* d : findings) {
    std::string text = std::string(InfoOf(d->code).id) + " " + std::string(SeverityName(d->severity)) +
                       (d->baselined ? " (baselined)" : "") + ": " + d->message;
    // A summary finding names its first three; the report is where all of them are.
    if (d->details.size() > 3) {
      std::string all;
      for (const std::string& detail : d->details) all += (all.empty() ? "" : ", ") + detail;
      text += " (all: " + all + ")";
    }
    AppendText(list, "li", text);
  }
}

void AppendSummary(pugi::xml_node main, const Project& project, const Analysis& analysis,
                   const std::function<Publication(const Document&)>& publication) {
  pugi::xml_node body = AppendTable(main, "Promises by document",
                                    {"Document", "Published", "Promises", "Measurable", "Incomplete", "Vague", "Yes/no"});
  for (const Document& doc : project.documents) {
    std::map<Verdict, int> counts = CountVerdicts(doc, analysis);
    pugi::xml_node row = body.append_child("tr");
    pugi::xml_node name = row.append_child("th");
    name.append_attribute("scope") = "row";
    pugi::xml_node link = name.append_child("a");
    link.append_attribute("href") = OutputLayout::FragmentHref("document-" + doc.name).c_str();
    link.text() = doc.name.c_str();
    AppendText(row, "td", std::string(PublicationName(publication(doc))));
    AppendText(row, "td", std::to_string(doc.commitments.size()));
    for (const auto& [verdict, unused] : VerdictColumns()) AppendText(row, "td", std::to_string(counts[verdict]));
  }
}

void AppendPromiseRow(pugi::xml_node body, const Project& project, const Document& doc, int index,
                      const CommitmentAnalysis& analysis, const FindingIndex& findings, bool linked,
                      const StringsFor& strings_for) {
  const Commitment& commitment = doc.commitments[index];
  pugi::xml_node row = body.append_child("tr");
  pugi::xml_node id = row.append_child("th");
  id.append_attribute("scope") = "row";
  if (linked) {
    pugi::xml_node link = id.append_child("a");
    link.append_attribute("href") =
        OutputLayout::Href(OutputLayout::kReport, OutputLayout::Document(doc.meta.lang, doc.name), commitment.id).c_str();
    link.text() = commitment.id.c_str();
  } else {
    id.text() = commitment.id.c_str();
  }
  std::string text = WithFactsFormatted(project, strings_for(doc.meta.lang), commitment.text);
  if (!commitment.lead_in.empty()) text = commitment.lead_in + " " + text;
  pugi::xml_node promise = row.append_child("td");
  SetLanguageAttributes(promise, doc.meta.lang);
  promise.text() = text.c_str();
  const std::optional<TargetReading>& reading = analysis.reading;
  AppendText(row, "td", reading ? VerdictWord(reading->verdict) : "not read (no lexicon)");
  AppendText(row, "td", reading ? MeasureText(*reading) : "");
  pugi::xml_node missing = row.append_child("td");
  if (reading) {
    std::string parts;
    for (const std::string& part : MissingParts(*reading)) parts += (parts.empty() ? "" : "; ") + part;
    missing.text() = parts.c_str();
  }
  AppendFindings(row.append_child("td"), findings.Of(doc, index));
}

void AppendDocument(pugi::xml_node main, const Project& project, const Document& doc, const Analysis& analysis,
                    const FindingIndex& findings, Publication publication, const StringsFor& strings_for) {
  pugi::xml_node section = main.append_child("section");
  std::string heading_id = "document-" + doc.name;
  section.append_attribute("aria-labelledby") = heading_id.c_str();
  pugi::xml_node heading = section.append_child("h2");
  heading.append_attribute("id") = heading_id.c_str();
  pugi::xml_node title = heading.append_child("span");
  SetLanguageAttributes(title, doc.meta.lang);
  title.text() = (doc.meta.title.empty() ? doc.name : TitleText(project, strings_for(doc.meta.lang), doc)).c_str();
  std::map<Verdict, int> counts = CountVerdicts(doc, analysis);
  AppendText(section, "p",
             ProjectRelativePath(project.root, doc.path) + ": " + std::to_string(counts[Verdict::Measurable]) + " of " +
                 std::to_string(doc.commitments.size()) + " promises measurable; published: " +
                 std::string(PublicationName(publication)));
  std::vector<const Diagnostic*> other = findings.OutsideCommitments(doc);
  if (!other.empty()) {
    AppendText(section, "h3", "Other findings in this document");
    AppendFindings(section, other);
  }
  if (doc.commitments.empty()) return;
  pugi::xml_node body = AppendTable(section, "Promises of " + doc.name,
                                    {"Id", "Promise", "Verdict", "Measure read", "Missing", "Findings"});
  for (size_t i = 0; i < doc.commitments.size(); ++i) {
    AppendPromiseRow(body, project, doc, static_cast<int>(i), analysis.Of(doc, doc.commitments[i]), findings,
                     publication != Publication::Withheld, strings_for);
  }
}

// Per framework: how many elements are covered, waived and uncovered, and
// every uncovered one (the public traceability page lists only what is met).
void AppendCoverage(pugi::xml_node main, const Project& project, const std::vector<FrameworkCoverage>& coverage) {
  for (const FrameworkCoverage& entry : coverage) {
    const Framework& framework = project.frameworks.at(entry.framework);
    pugi::xml_node section = main.append_child("section");
    std::string heading_id = "framework-" + framework.id;
    section.append_attribute("aria-labelledby") = heading_id.c_str();
    pugi::xml_node heading = section.append_child("h2");
    heading.append_attribute("id") = heading_id.c_str();
    heading.text() = "Framework coverage: ";
    pugi::xml_node title = heading.append_child("span");
    SetLanguageAttributes(title, framework.lang);
    title.text() = framework.title.c_str();
    AppendText(section, "p",
               std::to_string(entry.covered.size()) + " of " + std::to_string(entry.Elements()) +
                   " elements covered by a promise; " + std::to_string(entry.waived.size()) + " waived; " +
                   std::to_string(entry.uncovered.size()) + " uncovered.");
    if (entry.uncovered.empty()) continue;
    AppendText(section, "h3", "Uncovered elements");
    pugi::xml_node list = section.append_child("ul");
    for (const Criterion& criterion : entry.uncovered) {
      pugi::xml_node item = list.append_child("li");
      item.append_child(pugi::node_pcdata).set_value((framework.id + ":" + criterion.number + " ").c_str());
      pugi::xml_node label = item.append_child("span");
      SetLanguageAttributes(label, framework.lang);
      label.text() = criterion.label.c_str();
    }
  }
}

}  // namespace

bool RenderReportPage(const Project& project, const Analysis& analysis, const FindingIndex& findings,
                      const std::function<Publication(const Document&)>& publication, const StringsFor& strings_for,
                      const Theme& theme, std::string* html, std::string* error) {
  PageTemplate page;
  if (!page.Parse(theme, error)) return false;
  page.SetLanguage("en");
  page.SetText("title", "Promise report – " + project.config.title);
  FillCommon(page, strings_for("en"), project, OutputLayout::kReport);
  page.AddHead("meta", "name", "robots", "content", "noindex");
  pugi::xml_node main = page.Slot("main");
  AppendText(main, "h1", "Promise report");
  int measurable = 0;
  int total = 0;
  for (const Document& doc : project.documents) {
    measurable += CountVerdicts(doc, analysis)[Verdict::Measurable];
    total += static_cast<int>(doc.commitments.size());
  }
  AppendText(main, "p",
             std::to_string(measurable) + " of " + std::to_string(total) +
                 " promises measurable. Internal: not for publication.",
             "summary");
  AppendSummary(main, project, analysis, publication);
  for (const Document& doc : project.documents) {
    AppendDocument(main, project, doc, analysis, findings, publication(doc), strings_for);
  }
  AppendCoverage(main, project, analysis.coverage);
  *html = page.Write();
  return true;
}

}  // namespace charterc
