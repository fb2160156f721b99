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
  return true;
}

bool PdfPrinter::OpenTab(Tab* tab, std::string* error) {
  auto target = client_->Call("Target.createTarget", {{"url", "about:blank"}}, "", error);
  if (!target) return false;
  tab->target_id = target->value("targetId", "");
  auto session = client_->Call("Target.attachToTarget", {{"targetId", tab->target_id}, {"flatten", true}}, "", error);
  if (!session) return false;
  tab->session_id = session->value("sessionId", "");
  // Pages are charterc's own and carry no scripts; make sure none would run.
  return client_->Call("Emulation.setScriptExecutionDisabled", {{"value", true}}, tab->session_id, error).has_value();
}

bool PdfPrinter::TakeTab(Tab* tab, std::string* error) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (failed_) {
      *error = failure_;
      return false;
    }
    if (!client_ && !Open(error)) {
      failed_ = true;
      failure_ = *error;
      return false;
    }
    if (!free_tabs_.empty()) {
      *tab = std::move(free_tabs_.back());
      free_tabs_.pop_back();
      return true;
    }
  }
  // Opening a tab takes the browser a moment: other threads go on printing.
  return OpenTab(tab, error);
}

void PdfPrinter::ReturnTab(Tab tab) {
  std::lock_guard<std::mutex> lock(mutex_);
  free_tabs_.push_back(std::move(tab));
}

std::string PdfPrinter::Print(const std::string& html, std::string* error) {
  Tab tab;
  if (!TakeTab(&tab, error)) return "";
  if (!client_->Call("Page.setDocumentContent", {{"frameId", tab.target_id}, {"html", html}}, tab.session_id, error)) {
    return "";  // the tab is left out of the pool: it may hold half a page
  }
  nlohmann::json options = {{"preferCSSPageSize", true},  // the stylesheet's @page size and margins
                            {"printBackground", true},
                            {"generateTaggedPDF", true},  // structure tree for screen readers
                            {"generateDocumentOutline", true}};  // bookmarks from the headings
  auto printed = client_->Call("Page.printToPDF", options, tab.session_id, error);
  if (!printed) return "";
  ReturnTab(std::move(tab));
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
