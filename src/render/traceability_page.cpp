#include "render/traceability_page.h"

#include <map>
#include <set>

#include "render/criterion_links.h"
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
    // The evidence pack sits in out/evidence/, beside the language folders.
    std::string folder = audience == Audience::Assessor ? "../" + link.document->meta.lang + "/" : "";
    anchor.append_attribute("href") = (folder + link.document->name + ".html#" + link.commitment->id).c_str();
    std::string text = WithFactsFormatted(project, strings, link.commitment->text);
    anchor.text() = (link.document->meta.title + ": " + text).c_str();
    if (audience == Audience::Assessor) AppendEvidence(item, *link.commitment, strings);
  }
}

void AppendFrameworkTable(pugi::xml_node main, const Project& project, const Framework& framework,
                          const std::map<std::string, std::vector<CommitmentLink>>& citations,
                          const UiStrings& strings, Audience audience) {
  pugi::xml_node section = main.append_child("section");
  std::string heading_id = "charterc-framework-" + framework.id;
  section.append_attribute("aria-labelledby") = heading_id.c_str();
  pugi::xml_node heading = section.append_child("h2");
  heading.append_attribute("id") = heading_id.c_str();
  heading.text() = framework.title.c_str();
  pugi::xml_node table = section.append_child("table");
  table.append_attribute("class") = "traceability";
  pugi::xml_node head_row = table.append_child("thead").append_child("tr");
  for (const char* key : {"criterion", "criterion-description", "commitments-column"}) {
    pugi::xml_node th = head_row.append_child("th");
    th.append_attribute("scope") = "col";
    th.text() = strings.Format(key).c_str();
  }
  pugi::xml_node body = table.append_child("tbody");
  for (const Criterion& criterion : framework.criteria) {
    std::string ref = framework.id + ":" + criterion.number;
    pugi::xml_node row = body.append_child("tr");
    row.append_attribute("id") = CriterionAnchor(framework.id, criterion.number).c_str();
    auto cited = citations.find(ref);
    bool covered = cited != citations.end();
    if (!criterion.leaf) row.append_attribute("class") = "group";
    else if (!covered) row.append_attribute("class") = "uncovered";
    pugi::xml_node number = row.append_child("th");
    number.append_attribute("scope") = "row";
    number.text() = CriterionLabel(framework.id, criterion.number).c_str();
    AppendText(row, "td", criterion.label);
    pugi::xml_node cell = row.append_child("td");
    if (covered) {
      AppendCommitmentLinks(cell, cited->second, project, strings, audience);
    } else if (criterion.leaf) {
      auto waiver = project.config.waivers.find(ref);
      cell.text() = (waiver == project.config.waivers.end()
                         ? strings.Format("not-covered")
                         : strings.Format("waived", {{"reason", icu::Formattable(icu::UnicodeString::fromUTF8(
                                                                      waiver->second.reason))}}))
                        .c_str();
    }
  }
}

}  // namespace

bool RenderTraceabilityPage(const Project& project, const std::string& lang,
                            const std::vector<const Document*>& documents, const UiStrings& strings,
                            const Theme& theme, Audience audience, std::string* html, std::string* error) {
  html->clear();
  std::set<std::string> claimed;  // frameworks in use, in id order
  for (const Document* doc : documents) {
    const std::string& id = project.FrameworkOf(*doc);
    if (!id.empty() && project.frameworks.count(id)) claimed.insert(id);
  }
  if (claimed.empty()) return true;
  PageTemplate page;
  if (!page.Parse(theme, error)) return false;
  page.SetLanguage(lang);
  bool assessor = audience == Audience::Assessor;
  std::string title = strings.Format(assessor ? "evidence-pack" : "traceability");
  page.SetText("title", title + " – " + project.config.title);
  FillCommon(page, strings, project, "../");
  if (assessor) page.AddHead("meta", "name", "robots", "content", "noindex");
  pugi::xml_node main = page.Slot("main");
  AppendText(main, "h1", title);
  AppendText(main, "p", strings.Format(assessor ? "evidence-pack-intro" : "traceability-intro"), "summary");
  std::map<std::string, std::vector<CommitmentLink>> citations = CitationsOf(documents);
  for (const std::string& id : claimed) {
    AppendFrameworkTable(main, project, project.frameworks.at(id), citations, strings, audience);
  }
  *html = page.Write();
  return true;
}

}  // namespace charterc
