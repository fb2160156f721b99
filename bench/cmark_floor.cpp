// charterc_bench_cmark_floor: the floor charterc's build time is compared
// with. In one process, on one core, it reads every Markdown file under IN,
// parses it with libcmark-gfm (with the GFM extensions charterc enables),
// renders it to HTML and writes it under OUT, nothing more: no checks, no
// templates, no translations.
//   charterc_bench_cmark_floor IN OUT
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct ParserFree {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct NodeFree {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct CharFree {
  void operator()(char* text) const { std::free(text); }
};

std::vector<fs::path> MarkdownFiles(const fs::path& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file() && entry.path().extension() == ".md") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string Html(const std::string& markdown) {
  std::unique_ptr<cmark_parser, ParserFree> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"})
    cmark_parser_attach_syntax_extension(parser.get(), cmark_find_syntax_extension(name));
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeFree> document(cmark_parser_finish(parser.get()));
  std::unique_ptr<char, CharFree> html(cmark_render_html(
      document.get(), CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser.get())));
  return html.get();
}

bool Convert(const fs::path& in_root, const fs::path& file, const fs::path& out_root) {
  std::ifstream in(file, std::ios::binary);
  const std::string markdown((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  fs::path target = out_root / fs::relative(file, in_root);
  target.replace_extension(".html");
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  std::ofstream out(target, std::ios::binary | std::ios::trunc);
  out << Html(markdown);
  return in.good() || in.eof() ? static_cast<bool>(out) : false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: charterc_bench_cmark_floor IN OUT\n");
    return 2;
  }
  // The extension registry is process-global: filled once, before any work.
  cmark_gfm_core_extensions_ensure_registered();
  const std::vector<fs::path> files = MarkdownFiles(argv[1]);
  for (const fs::path& file : files) {
    if (!Convert(argv[1], file, argv[2])) {
      std::fprintf(stderr, "charterc_bench_cmark_floor: cannot convert %s\n", file.c_str());
      return 1;
    }
  }
  std::printf("%zu files\n", files.size());
  return 0;
}
