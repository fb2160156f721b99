#include "serve/page_report.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "base/file_system.h"

namespace charterc {

namespace {

bool Contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

const char* KindName(PageKind kind) {
  switch (kind) {
    case PageKind::Document: return "document";
    case PageKind::Project: return "project";
    case PageKind::Other: break;
  }
  return "other";
}

}  // namespace

PageReport ReportForPage(const BuildResult& build, std::string_view page) {
  PageReport report{std::string(page), build.number, SourcesOfPage(build.pages, page)};
  const PageSources& sources = report.sources;
  for (const std::string& file : sources.own_files) report.withheld |= build.files_with_errors.count(file) > 0;
  for (const Diagnostic& d : build.diagnostics) {
    bool mine = sources.kind == PageKind::Project ||
                (sources.kind == PageKind::Document && Contains(sources.files, d.location.file));
    if (mine) {
      report.diagnostics.push_back(d);
      report.diagnostics.back().location.file = ProjectRelativePath(build.pages.root, d.location.file);
    } else if (d.severity == Severity::Error) {
      ++report.errors_elsewhere;
    } else if (d.severity == Severity::Warning) {
      ++report.warnings_elsewhere;
    }
  }
  for (std::string& file : report.sources.files) file = ProjectRelativePath(build.pages.root, file);
  for (std::string& file : report.sources.own_files) file = ProjectRelativePath(build.pages.root, file);
  return report;
}

std::string PageReportJson(const PageReport& report) {
  nlohmann::ordered_json json;
  json["page"] = report.page;
  json["build"] = report.build;
  json["kind"] = KindName(report.sources.kind);
  json["document"] = report.sources.document;
  json["files"] = report.sources.files;
  json["withheld"] = report.withheld;
  json["diagnostics"] = nlohmann::json::array();
  for (const Diagnostic& d : report.diagnostics) {
    json["diagnostics"].push_back({{"code", InfoOf(d.code).id},
                                   {"severity", SeverityName(d.severity)},
                                   {"file", d.location.file},
                                   {"line", d.location.line},
                                   {"column", d.location.column},
                                   {"message", d.message},
                                   {"hint", d.hint}});
  }
  json["elsewhere"] = {{"errors", report.errors_elsewhere}, {"warnings", report.warnings_elsewhere}};
  // Messages quote the user's text: never let invalid UTF-8 abort the reply.
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool ExplainsMissingPage(const PageReport& report) {
  return report.sources.kind == PageKind::Document && (report.sources.loaded || !report.diagnostics.empty());
}

}  // namespace charterc
