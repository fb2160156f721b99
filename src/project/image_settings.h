#pragma once
// charterc.yaml's images: setting:
//
//   images:
//     allow-remote:
//       - https://cdn.example.org/charters/
//     max-kib: 2048
//
// Images are published from the project's own files; an image on the web
// is shown only when its address starts with one of these prefixes, since
// every reader's browser would fetch it and tell that server who reads
// the page. Each prefix is an https: address ending in '/', so
// "https://cdn.example.org" cannot also admit "https://cdn.example.org.evil.test/".
// max-kib lowers the largest image file published (10 MiB, model/image.h).

#include <yaml-cpp/yaml.h>

#include "base/source_file.h"
#include "diag/diagnostic_sink.h"
#include "model/project.h"

namespace charterc {

// Reads the value of the `images` key; what cannot be used is E0701 (or
// W0702 for an unknown key) and is left out.
void ReadImageSettings(const SourceFile& source, const YAML::Node& value, ProjectConfig* config,
                       DiagnosticSink& sink);

}  // namespace charterc
