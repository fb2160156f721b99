#include "serve/preview_pages.h"

#include "diag/diagnostic_printer.h"
#include "serve/html_escape.h"

namespace charterc {

namespace {

std::string Page(std::string_view title, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<meta name=\"robots\" content=\"noindex\"><title>" +
         EscapeHtml(title) + "</title><link rel=\"stylesheet\" href=\"/charterc.css\"></head><body>" +
         "<main id=\"main\"><h1>" + EscapeHtml(title) + "</h1>" + body + "</main></body></html>\n";
}

std::string Location(const Diagnostic& d) {
  std::string where = d.location.file;
  if (d.location.line > 0) where += ":" + std::to_string(d.location.line);
  if (d.location.column > 0) where += ":" + std::to_string(d.location.column);
  return where;
}

std::string DiagnosticItem(const Diagnostic& d) {
  std::string item = "<li><code>" + EscapeHtml(Location(d)) + "</code>: " +
                     EscapeHtml(std::string(SeverityName(d.severity))) + "[" +
                     EscapeHtml(std::string(InfoOf(d.code).id)) + "]: " + EscapeHtml(d.message);
  if (!d.hint.empty()) item += "<br>hint: " + EscapeHtml(d.hint);
  return item + "</li>";
}

}  // namespace

std::string WithheldPage(const PageReport& report) {
  std::string body;
  if (report.diagnostics.empty()) {
    body += "<p>charterc wrote no such page in the last build, and found no problem in its sources. "
            "The terminal running <code>charterc serve</code> says more.</p>";
  } else {
    body += "<p>charterc did not write this page: its sources have the problems below. Fix them and save; "
            "this page reloads by itself.</p><ol>";
    for (const Diagnostic& d : report.diagnostics) body += DiagnosticItem(d);
    body += "</ol>";
  }
  if (report.errors_elsewhere > 0 || report.warnings_elsewhere > 0) {
    body += "<p>Elsewhere in the project: " +
            EscapeHtml(SummaryLine(report.errors_elsewhere, report.warnings_elsewhere)) + ".</p>";
  }
  return Page("Not published: " + report.page, body);
}

std::string NotFoundPage(std::string_view path) {
  return Page("Not found: " + std::string(path),
              "<p>The output folder holds no such file. <a href=\"/\">The index</a> lists every page.</p>");
}

std::string GeneratedPagePolicy(std::string_view origin) {
  std::string base(origin);
  return "default-src 'none'; style-src 'self'; img-src 'self'; script-src " + base +
         "/_charterc/live.js; connect-src " + base + "/_charterc/";
}

}  // namespace charterc
