#include "render/traceability_page.h"

#include <map>
#include <set>
#include <vector>

#include "output/output_layout.h"
#include "analysis/framework_coverage.h"
#include "i18n/locale_info.h"
#include "render/criterion_links.h"
#include "render/meta_text.h"
#include "render/page_template.h"
#include "render/render_context.h"

namespace charterc {

namespace {

struct CommitmentLink {
  const Document* document;
  const Commitment* commitment;
};

// criterion ref ("cse:4.2.1") -> the commitments citing it, in document order.
std::map<std::string, std::vector<CommitmentLink>> CitationsOf(const std::vector<const Document*>& documents) {
  std::map<std::string, std::vector<CommitmentLink>> citations;
  for (const Document* doc : documents) {
    for (const Commitment& commitment : doc->commitments) {
      for (const Ref& ref : commitment.refs) {
        if (ref.kind == Ref::Kind::Criterion) citations[ref.framework + ":" + ref.criterion].push_back({doc, &commitment});
      }
    }
  }
  return citations;
}

// Assessor-only notes of a commitment, as a definition list.
void AppendEvidence(pugi::xml_node item, const Commitment& commitment, const UiStrings& strings) {
  pugi::xml_node notes;
  for (const char* key : {"evidence", "internal"}) {
    std::optional<std::string> value = commitment.attributes.Get(key);
    if (!value) continue;
    if (!notes) notes = item.append_child("dl");
    AppendText(notes, "dt", strings.Format(std::string("note-") + key));
    AppendText(notes, "dd", *value);
  }
}

void AppendCommitmentLinks(pugi::xml_node cell, const std::vector<CommitmentLink>& links, const Project& project,
                           const UiStrings& strings, Audience audience) {
  pugi::xml_node list = cell.append_child("ul");
  for (const CommitmentLink& link : links) {
    pugi::xml_node item = list.append_child("li");
    pugi::xml_node anchor = item.append_child("a");
    // The public page sits beside the pages it links (one language); the
    // evidence pack, in its own folder, links every language's.
    const std::string page = audience == Audience::Assessor ? OutputLayout::kEvidence
                                                            : OutputLayout::Traceability(link.document->meta.lang);
    const std::string target = OutputLayout::Document(link.document->meta.lang, link.document->name);
    anchor.append_attribute("href") = OutputLayout::Href(page, target, link.commitment->id).c_str();
    std::string text = WithFactsFormatted(project, strings, link.commitment->text);
    anchor.text() = (TitleText(project, strings, *link.document) + ": " + text).c_str();
    if (audience == Audience::Assessor) AppendEvidence(item, *link.commitment, strings);
  }
}

// Marks text taken from the framework file when the page is in another language.
void MarkFrameworkLanguage(pugi::xml_node node, const Framework& framework, const std::string& page_lang) {
  // dir too: English labels on an Arabic page must not inherit rtl.
  if (!SameLanguage(framework.lang, page_lang)) SetLanguageAttributes(node, framework.lang);
}

// The criteria a table lists: for assessors all of them; in public, those
// a commitment cites and the waived elements, with the groups above them.
std::set<std::string> RowsShown(const Framework& framework, const FrameworkCoverage& coverage,
                                const std::map<std::string, std::vector<CommitmentLink>>& citations,
                                Audience audience) {
  std::set<std::string> shown;
  auto show_with_groups = [&](const Criterion* criterion) {
    while (criterion != nullptr && shown.insert(criterion->number).second) criterion = framework.Find(criterion->parent);
  };
  for (const Criterion& criterion : framework.criteria) {
    if (audience == Audience::Assessor || citations.count(framework.id + ":" + criterion.number)) {
      show_with_groups(&criterion);
    }
  }
  for (const Criterion& element : coverage.waived) show_with_groups(framework.Find(element.number));
  return shown;
}

std::string WaivedText(const Project& project, const std::string& ref, const UiStrings& strings) {
  auto waiver = project.config.waivers.find(ref);
  if (waiver == project.config.waivers.end()) return strings.Format("not-covered");
  return strings.Format("waived", {{"reason", icu::Formattable(icu::UnicodeString::fromUTF8(waiver->second.reason))}});
}

struct TableContext {
  const Project& project;
  const Framework& framework;
  const std::map<std::string, std::vector<CommitmentLink>>& citations;
  const UiStrings& strings;
  const std::string& lang;
  Audience audience;
};

void AppendCriterionRow(pugi::xml_node body, const TableContext& table, const Criterion& criterion) {
  const Framework& framework = table.framework;
  std::string ref = framework.id + ":" + criterion.number;
  pugi::xml_node row = body.append_child("tr");
  row.append_attribute("id") = CriterionAnchor(framework.id, criterion.number).c_str();
  auto cited = table.citations.find(ref);
  bool covered = cited != table.citations.end();
  bool waived = table.project.config.waivers.count(ref) > 0;
  if (!criterion.leaf) row.append_attribute("class") = "group";
  else if (!covered) row.append_attribute("class") = waived ? "waived" : "uncovered";
  pugi::xml_node number = row.append_child("th");
  number.append_attribute("scope") = "row";
  number.text() = CriterionLabel(framework.id, criterion.number).c_str();
  AppendText(row, "td", criterion.label);
  if (!criterion.label.empty()) MarkFrameworkLanguage(row.last_child(), framework, table.lang);
  pugi::xml_node cell = row.append_child("td");
  if (covered) {
    AppendCommitmentLinks(cell, cited->second, table.project, table.strings, table.audience);
  } else if (criterion.leaf) {
    cell.text() = WaivedText(table.project, ref, table.strings).c_str();
  }
}

void AppendFrameworkTable(pugi::xml_node main, const TableContext& table, const std::set<std::string>& shown) {
  const Framework& framework = table.framework;
  pugi::xml_node section = main.append_child("section");
  std::string heading_id = "charterc-framework-" + framework.id;
  section.append_attribute("aria-labelledby") = heading_id.c_str();
  pugi::xml_node heading = section.append_child("h2");
  heading.append_attribute("id") = heading_id.c_str();
  heading.text() = framework.title.c_str();
  MarkFrameworkLanguage(heading, framework, table.lang);
  pugi::xml_node html_table = section.append_child("table");
  html_table.append_attribute("class") = "traceability";
  pugi::xml_node head_row = html_table.append_child("thead").append_child("tr");
  for (const char* key : {"criterion", "criterion-description", "commitments-column"}) {
    pugi::xml_node th = head_row.append_child("th");
    th.append_attribute("scope") = "col";
    th.text() = table.strings.Format(key).c_str();
  }
  pugi::xml_node body = html_table.append_child("tbody");
  for (const Criterion& criterion : framework.criteria) {
    if (shown.count(criterion.number)) AppendCriterionRow(body, table, criterion);
  }
}

}  // namespace

namespace {

// A public page shows only what the project does (or chose not to do), so
// a framework with nothing met or waived has no table there.
std::vector<FrameworkCoverage> ShownCoverage(const Project& project, const std::vector<const Document*>& documents,
                                             Audience audience) {
  std::vector<FrameworkCoverage> coverage = ComputeCoverage(project, documents);
  if (audience == Audience::Public) {
    std::erase_if(coverage, [](const FrameworkCoverage& c) { return c.covered.empty() && c.waived.empty(); });
  }
  return coverage;
}

}  // namespace

bool HasTraceabilityPage(const Project& project, const std::vector<const Document*>& documents, Audience audience) {
  return !ShownCoverage(project, documents, audience).empty();
}

bool RenderTraceabilityPage(const Project& project, const std::string& lang,
                            const std::vector<const Document*>& documents, const UiStrings& strings,
                            const Theme& theme, Audience audience, std::string* html, std::string* error) {
  html->clear();
  std::vector<FrameworkCoverage> coverage = ShownCoverage(project, documents, audience);
  if (coverage.empty()) return true;
  PageTemplate page;
  if (!page.Parse(theme, error)) return false;
  page.SetLanguage(lang);
  bool assessor = audience == Audience::Assessor;
  std::string title = strings.Format(assessor ? "evidence-pack" : "traceability");
  page.SetText("title", title + " – " + project.config.title);
  FillCommon(page, strings, project, assessor ? OutputLayout::kEvidence : OutputLayout::Traceability(lang));
  if (assessor) page.AddHead("meta", "name", "robots", "content", "noindex");
  pugi::xml_node main = page.Slot("main");
  AppendText(main, "h1", title);
  AppendText(main, "p", strings.Format(assessor ? "evidence-pack-intro" : "traceability-intro"), "summary");
  std::map<std::string, std::vector<CommitmentLink>> citations = CitationsOf(documents);
  for (const FrameworkCoverage& framework_coverage : coverage) {
    const Framework& framework = project.frameworks.at(framework_coverage.framework);
    TableContext table{project, framework, citations, strings, lang, audience};
    AppendFrameworkTable(main, table, RowsShown(framework, framework_coverage, citations, audience));
  }
  *html = page.Write();
  return true;
}

}  // namespace charterc
