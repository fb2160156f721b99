#include "project/image_settings.h"

#include "project/yaml_location.h"

namespace charterc {

namespace {

// "https://host/" or "https://host/folder/": a scheme readers' privacy can
// rest on (no plain http), a host, and a closing '/'.
bool UsablePrefix(const std::string& prefix) {
  const std::string scheme = "https://";
  if (prefix.compare(0, scheme.size(), scheme) != 0) return false;
  size_t host_end = prefix.find('/', scheme.size());
  if (host_end == std::string::npos || host_end == scheme.size() || prefix.back() != '/') return false;
  for (char c : prefix) {
    // ';', ',' and quotes would end the source in the pages' security
    // policy, where each prefix is written (render/content_policy.h).
    if (static_cast<unsigned char>(c) <= 0x20 || c == '"' || c == '<' || c == '>' || c == '\\' || c == ';' ||
        c == ',' || c == '\'') {
      return false;
    }
  }
  return true;
}

void ReadAllowRemote(const SourceFile& source, const YAML::Node& list, ProjectConfig* config, DiagnosticSink& sink) {
  if (!list.IsSequence()) {
    sink.Report(DiagCode::E0701, YamlLocation(source, list.Mark()), "allow-remote must be a list of address prefixes",
                "write allow-remote: [\"https://cdn.example.org/charters/\"]");
    return;
  }
  for (const YAML::Node& item : list) {
    std::string prefix = item.IsScalar() ? item.Scalar() : "";
    if (!UsablePrefix(prefix)) {
      sink.Report(DiagCode::E0701, YamlLocation(source, item.Mark()),
                  "'" + prefix + "' is not an https: address prefix ending in '/'",
                  "write the folder images may come from, e.g. https://cdn.example.org/charters/");
      continue;
    }
    config->remote_images.push_back(prefix);
  }
}

// A whole number of KiB, from 1 to the built-in limit.
void ReadMaxKib(const SourceFile& source, const YAML::Node& value, ProjectConfig* config, DiagnosticSink& sink) {
  const std::string text = value.IsScalar() ? value.Scalar() : "";
  const size_t most = kMaxImageBytes / 1024;
  size_t kib = 0;
  bool usable = !text.empty() && text.size() <= 6;
  for (char c : text) {
    usable = usable && c >= '0' && c <= '9';
    if (usable) kib = kib * 10 + static_cast<size_t>(c - '0');
  }
  if (!usable || kib == 0 || kib > most) {
    sink.Report(DiagCode::E0701, YamlLocation(source, value.Mark()),
                "max-kib must be a whole number of KiB from 1 to " + std::to_string(most) + ", not '" + text + "'",
                "write e.g. max-kib: 2048 for images of at most 2 MiB");
    return;
  }
  config->max_image_bytes = kib * 1024;
}

}  // namespace

void ReadImageSettings(const SourceFile& source, const YAML::Node& value, ProjectConfig* config,
                       DiagnosticSink& sink) {
  if (!value.IsMap()) {
    sink.Report(DiagCode::E0701, YamlLocation(source, value.Mark()), "images must hold settings such as allow-remote",
                "write images: {allow-remote: [\"https://cdn.example.org/\"]}");
    return;
  }
  for (auto it = value.begin(); it != value.end(); ++it) {
    std::string key = it->first.as<std::string>("");
    if (key == "allow-remote") {
      ReadAllowRemote(source, it->second, config, sink);
    } else if (key == "max-kib") {
      ReadMaxKib(source, it->second, config, sink);
    } else {
      sink.Report(DiagCode::W0702, YamlLocation(source, it->first.Mark()), "unknown key '" + key + "' in images",
                  "the images setting knows allow-remote and max-kib");
    }
  }
}

}  // namespace charterc
