#include "pdf/pdf_printer.h"

#include <nettle/base64.h>

namespace charterc {

bool DecodeBase64(const std::string& text, std::string* bytes) {
  base64_decode_ctx context;
  base64_decode_init(&context);
  bytes->resize(BASE64_DECODE_LENGTH(text.size()));
  size_t length = bytes->size();
  if (base64_decode_update(&context, &length, reinterpret_cast<uint8_t*>(bytes->data()), text.size(),
                           text.data()) == 0 ||
      base64_decode_final(&context) == 0) {
    return false;
  }
  bytes->resize(length);
  return true;
}

bool PdfPrinter::Open(std::string* error) {
  process_ = std::make_unique<BrowserProcess>();
  if (!process_->Start(browser_, error)) return false;
  client_ = std::make_unique<DevToolsClient>(*process_);
  auto target = client_->Call("Target.createTarget", {{"url", "about:blank"}}, "", error);
  if (!target) return false;
  target_id_ = target->value("targetId", "");
  auto session = client_->Call("Target.attachToTarget", {{"targetId", target_id_}, {"flatten", true}}, "", error);
  if (!session) return false;
  session_id_ = session->value("sessionId", "");
  // Pages are charterc's own and carry no scripts; make sure none would run.
  return client_->Call("Emulation.setScriptExecutionDisabled", {{"value", true}}, session_id_, error).has_value();
}

std::string PdfPrinter::Print(const std::string& html, std::string* error) {
  if (failed_) {
    *error = failure_;
    return "";
  }
  if (!client_ && !Open(error)) {
    failed_ = true;
    failure_ = *error;
    return "";
  }
  if (!client_->Call("Page.setDocumentContent", {{"frameId", target_id_}, {"html", html}}, session_id_, error)) {
    return "";
  }
  nlohmann::json options = {{"preferCSSPageSize", true},  // the stylesheet's @page size and margins
                            {"printBackground", true},
                            {"generateTaggedPDF", true},  // structure tree for screen readers
                            {"generateDocumentOutline", true}};  // bookmarks from the headings
  auto printed = client_->Call("Page.printToPDF", options, session_id_, error);
  if (!printed) return "";
  std::string bytes;
  if (!DecodeBase64(printed->value("data", ""), &bytes)) {
    *error = "the browser sent a PDF that is not valid base64";
    return "";
  }
  return bytes;
}

PdfPrinter::~PdfPrinter() {
  if (client_) {
    std::string ignored;
    client_->Call("Browser.close", nlohmann::json::object(), "", &ignored);
  }
}

}  // namespace charterc
