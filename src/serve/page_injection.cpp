#include "serve/page_injection.h"

#include <optional>

#include "serve/html_escape.h"

namespace charterc {

namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

size_t FindIgnoringCase(std::string_view text, std::string_view needle, size_t from) {
  for (size_t i = from; i + needle.size() <= text.size(); ++i) {
    if (EqualsIgnoringCase(text.substr(i, needle.size()), needle)) return i;
  }
  return std::string_view::npos;
}

size_t RFindIgnoringCase(std::string_view text, std::string_view needle) {
  for (size_t i = text.size() < needle.size() ? 0 : text.size() - needle.size() + 1; i-- > 0;) {
    if (EqualsIgnoringCase(text.substr(i, needle.size()), needle)) return i;
  }
  return std::string_view::npos;
}

struct Attribute {
  std::string_view name;
  std::string_view value;
  size_t begin = 0;  // of the whole name=value, in the tag
  size_t end = 0;
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The next attribute of a start tag from `i`; nullopt at the tag's end.
std::optional<Attribute> NextAttribute(std::string_view tag, size_t& i) {
  while (i < tag.size() && (IsSpace(tag[i]) || tag[i] == '/')) ++i;
  if (i >= tag.size() || tag[i] == '>') return std::nullopt;
  Attribute attribute;
  attribute.begin = i;
  while (i < tag.size() && !IsSpace(tag[i]) && tag[i] != '=' && tag[i] != '>') ++i;
  attribute.name = tag.substr(attribute.begin, i - attribute.begin);
  if (i < tag.size() && tag[i] == '=') {
    ++i;
    char quote = i < tag.size() ? tag[i] : '\0';
    if (quote == '"' || quote == '\'') {
      size_t close = tag.find(quote, i + 1);
      if (close == std::string_view::npos) close = tag.size();
      attribute.value = tag.substr(i + 1, close - i - 1);
      i = std::min(close + 1, tag.size());
    } else {
      size_t start = i;
      while (i < tag.size() && !IsSpace(tag[i]) && tag[i] != '>') ++i;
      attribute.value = tag.substr(start, i - start);
    }
  }
  attribute.end = i;
  return attribute;
}

// A <meta http-equiv="Content-Security-Policy"> tag rewritten with its
// policy widened; nullopt for any other tag.
std::optional<std::string> WidenedMeta(std::string_view tag, const PreviewSources& sources) {
  bool is_policy = false;
  std::optional<Attribute> content;
  size_t i = 5;  // past "<meta"
  while (std::optional<Attribute> attribute = NextAttribute(tag, i)) {
    if (EqualsIgnoringCase(attribute->name, "http-equiv")) {
      is_policy = EqualsIgnoringCase(UnescapeAttribute(attribute->value), "content-security-policy");
    } else if (EqualsIgnoringCase(attribute->name, "content")) {
      content = attribute;
    }
  }
  if (!is_policy || !content) return std::nullopt;
  std::string widened = AllowPreview(UnescapeAttribute(content->value), sources);
  return std::string(tag.substr(0, content->begin)) + "content=\"" + EscapeHtml(widened) + "\"" +
         std::string(tag.substr(content->end));
}

// Every CSP <meta> of the page widened; other bytes unchanged.
std::string WidenPolicies(std::string_view html, const PreviewSources& sources) {
  std::string out;
  size_t copied = 0;
  for (size_t at = FindIgnoringCase(html, "<meta", 0); at != std::string_view::npos;
       at = FindIgnoringCase(html, "<meta", at + 5)) {
    if (at + 5 < html.size() && !IsSpace(html[at + 5]) && html[at + 5] != '/') continue;  // <metadata>
    size_t close = html.find('>', at);
    if (close == std::string_view::npos) break;
    std::string_view tag = html.substr(at, close + 1 - at);
    if (std::optional<std::string> widened = WidenedMeta(tag, sources)) {
      out.append(html.substr(copied, at - copied));
      out += *widened;
      copied = close + 1;
    }
  }
  out.append(html.substr(copied));
  return out;
}

}  // namespace

std::string PreviewScriptTag(const PreviewTag& tag) {
  return "<script src=\"/_charterc/live.js\" nonce=\"" + EscapeHtml(tag.sources.nonce) + "\" data-page=\"" +
         EscapeHtml(tag.page) + "\" data-build=\"" + std::to_string(tag.build) + "\" data-overlay=\"" +
         (tag.overlay ? "on" : "off") + "\"></script>";
}

std::string InjectPreview(std::string_view html, const PreviewTag& tag) {
  std::string page = WidenPolicies(html, tag.sources);
  size_t body_end = RFindIgnoringCase(page, "</body");
  std::string script = PreviewScriptTag(tag);
  if (body_end == std::string::npos) return page + script;
  page.insert(body_end, script);
  return page;
}

}  // namespace charterc
