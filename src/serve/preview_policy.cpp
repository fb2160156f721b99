#include "serve/preview_policy.h"

#include <algorithm>
#include <vector>

namespace charterc {

namespace {

struct Directive {
  std::string name;  // lower case
  std::vector<std::string> sources;
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

std::vector<std::string> Tokens(std::string_view text) {
  std::vector<std::string> tokens;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && !IsSpace(text[i])) ++i;
    if (i > start) tokens.emplace_back(text.substr(start, i - start));
  }
  return tokens;
}

std::vector<Directive> Parse(std::string_view policy) {
  std::vector<Directive> directives;
  size_t start = 0;
  while (start <= policy.size()) {
    size_t end = std::min(policy.find(';', start), policy.size());
    std::vector<std::string> tokens = Tokens(policy.substr(start, end - start));
    start = end + 1;
    if (tokens.empty()) continue;
    Directive directive{Lower(tokens.front()), {tokens.begin() + 1, tokens.end()}};
    directives.push_back(std::move(directive));
  }
  return directives;
}

Directive* Find(std::vector<Directive>& directives, std::string_view name) {
  for (Directive& d : directives) {
    if (d.name == name) return &d;  // the first one counts; browsers ignore repeats
  }
  return nullptr;
}

bool Has(const Directive& d, std::string_view source) {
  return std::any_of(d.sources.begin(), d.sources.end(), [&](const std::string& s) { return Lower(s) == source; });
}

void Add(Directive* d, const std::string& source) {
  std::erase_if(d->sources, [](const std::string& s) { return Lower(s) == "'none'"; });
  if (!Has(*d, Lower(source))) d->sources.push_back(source);
}

// The directive `chain` falls back through (most specific first), made to
// exist as chain[0] or the first present: where a source must be added.
Directive* Governing(std::vector<Directive>& directives, std::initializer_list<std::string_view> chain,
                     std::string_view create_as) {
  for (std::string_view name : chain) {
    Directive* found = Find(directives, name);
    if (found == nullptr) continue;
    if (found->name != "default-src") return found;
    directives.push_back({std::string(create_as), found->sources});
    return &directives.back();
  }
  return nullptr;  // nothing restricts it
}

}  // namespace

std::string AllowPreview(std::string_view policy, const PreviewSources& sources) {
  std::vector<Directive> directives = Parse(policy);
  if (Directive* script = Governing(directives, {"script-src-elem", "script-src", "default-src"}, "script-src")) {
    if (Has(*script, "'strict-dynamic'")) {
      Add(script, "'nonce-" + sources.nonce + "'");
    } else {
      Add(script, sources.origin + "/_charterc/live.js");
    }
  }
  if (Directive* connect = Governing(directives, {"connect-src", "default-src"}, "connect-src")) {
    Add(connect, sources.origin + "/_charterc/");
  }
  std::string out;
  for (const Directive& d : directives) {
    if (!out.empty()) out += "; ";
    out += d.name;
    for (const std::string& source : d.sources) out += " " + source;
  }
  return out;
}

}  // namespace charterc
