#include "serve/preview_routes.h"

#include <httplib.h>

#include <cctype>
#include <random>

#include <nlohmann/json.hpp>

#include "serve/content_type.h"
#include "serve/event_stream.h"
#include "serve/local_host.h"
#include "serve/page_injection.h"
#include "serve/page_report.h"
#include "serve/preview_client.h"
#include "serve/preview_pages.h"
#include "serve/request_path.h"
#include "serve/served_file.h"

namespace charterc {

namespace {

constexpr const char* kHtml = "text/html; charset=utf-8";
constexpr const char* kText = "text/plain; charset=utf-8";
constexpr const char* kJson = "application/json; charset=utf-8";

void Plain(httplib::Response& response, int status, const std::string& text) {
  response.status = status;
  response.set_content(text + "\n", kText);
}

// A fresh nonce per page, so a page's text could never predict it.
std::string Nonce() {
  std::random_device random;
  std::uniform_int_distribution<int> digit(0, 61);
  constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  std::string nonce;
  for (int i = 0; i < 22; ++i) nonce += kAlphabet[static_cast<size_t>(digit(random))];
  return nonce;
}

// `relative` percent-encoded again for a Location header.
std::string EncodePath(const std::string& relative) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "/";
  for (unsigned char c : relative) {
    bool plain = std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~';
    out += plain ? std::string(1, static_cast<char>(c)) : std::string{'%', kHex[c >> 4], kHex[c & 15]};
  }
  return out;
}

// A page out/ lacks: the withheld document's errors, or "not found"; both
// reload once a build writes the real page.
void AnswerMissingPage(const RouteContext& context, const std::string& relative, const std::string& origin,
                       httplib::Response& response) {
  std::shared_ptr<const BuildResult> build = context.feed.Latest();
  PreviewTag tag{relative, build ? build->number : 0, false, {origin, Nonce()}};
  response.set_header("Content-Security-Policy", GeneratedPagePolicy(origin));
  if (build && IsHtmlPath(relative)) {
    PageReport report = ReportForPage(*build, relative);
    if (ExplainsMissingPage(report)) {
      response.status = 200;
      response.set_content(InjectPreview(WithheldPage(report), tag), kHtml);
      return;
    }
  }
  response.status = 404;
  response.set_content(InjectPreview(NotFoundPage(EncodePath(relative)), tag), kHtml);
}

void AnswerFile(const RouteContext& context, const std::string& request_path, const std::string& origin,
                httplib::Response& response) {
  RequestedFile requested = MapRequestPath(request_path);
  if (requested.verdict == PathVerdict::Forbidden) return Plain(response, 403, "forbidden");
  if (requested.verdict == PathVerdict::NotFound) return Plain(response, 404, "not found");
  ServedFile file = ResolveServedFile(context.out_dir, requested.relative);
  switch (file.kind) {
    case ServedKind::Refused: return Plain(response, 403, "forbidden");
    case ServedKind::Folder: return response.set_redirect(EncodePath(requested.relative + "/"), 302);
    case ServedKind::Missing: return AnswerMissingPage(context, requested.relative, origin, response);
    case ServedKind::File: break;
  }
  std::shared_ptr<const BuildResult> build = context.feed.Latest();  // before reading: the page is no older
  std::string contents, error;
  if (!context.fs.ReadFile(file.path, &contents, &error)) return Plain(response, 500, "cannot read: " + error);
  response.status = 200;
  if (!IsHtmlPath(requested.relative)) {
    response.set_content(contents, std::string(ContentTypeOf(requested.relative)));
    return;
  }
  PreviewTag tag{requested.relative, build ? build->number : 0, true, {origin, Nonce()}};
  response.set_content(InjectPreview(contents, tag), kHtml);
}

void AnswerDiagnostics(const RouteContext& context, const httplib::Request& request, httplib::Response& response) {
  std::shared_ptr<const BuildResult> build = context.feed.Latest();
  RequestedFile page = MapRequestPath("/" + request.get_param_value("page"));
  if (!build || page.verdict != PathVerdict::File) return Plain(response, 404, "no such page");
  response.set_content(PageReportJson(ReportForPage(*build, page.relative)), kJson);
}

void AnswerStatus(const RouteContext& context, httplib::Response& response) {
  std::shared_ptr<const BuildResult> build = context.feed.Latest();
  nlohmann::ordered_json status;
  status["build"] = build ? build->number : 0;
  status["building"] = context.feed.Building();
  status["errors"] = build ? build->errors : 0;
  status["warnings"] = build ? build->warnings : 0;
  status["changed"] = build ? build->changed : std::vector<std::string>{};
  response.set_content(status.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), kJson);
}

void AnswerPreview(const RouteContext& context, const httplib::Request& request, httplib::Response& response) {
  const std::string& path = request.path;
  if (path == "/_charterc/live.js") {
    return response.set_content(std::string(PreviewClientScript()), "text/javascript; charset=utf-8");
  }
  if (path == "/_charterc/events") return StreamBuildEvents(context.feed, response);
  if (path == "/_charterc/diagnostics") return AnswerDiagnostics(context, request, response);
  if (path == "/_charterc/status") return AnswerStatus(context, response);
  Plain(response, 404, "not found");
}

}  // namespace

void Answer(const RouteContext& context, const httplib::Request& request, httplib::Response& response) {
  // Every answer is for this preview only: never cached (a reload must show
  // the new build), never sniffed, never embedded or read by other sites.
  response.set_header("Cache-Control", "no-store");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Referrer-Policy", "no-referrer");
  response.set_header("Cross-Origin-Resource-Policy", "same-origin");
  std::optional<std::string> origin = LocalOrigin(request.get_header_value("Host"), context.port);
  if (!origin) return Plain(response, 403, "forbidden: this preview answers only to 127.0.0.1 and localhost");
  if (request.method != "GET" && request.method != "HEAD") {
    response.set_header("Allow", "GET, HEAD");
    return Plain(response, 405, "method not allowed");
  }
  if (request.path.rfind("/_charterc/", 0) == 0) return AnswerPreview(context, request, response);
  AnswerFile(context, request.path, *origin, response);
}

}  // namespace charterc
