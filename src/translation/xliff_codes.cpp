#include "translation/xliff_codes.h"

#include <set>
#include <string_view>

#include "model/fact_placeholders.h"

namespace charterc {

namespace {

constexpr const char* kDecorativeMark = "{.decorative}";

class CodeWriter {
 public:
  explicit CodeWriter(pugi::xml_node unit) : unit_(unit) {}

  void Append(const std::vector<Inline>& inlines, pugi::xml_node parent) {
    for (const Inline& node : inlines) AppendOne(node, parent);
  }

 private:
  void AppendOne(const Inline& node, pugi::xml_node parent) {
    switch (node.kind) {
      case InlineKind::Text: return AppendText(parent, node.text);
      case InlineKind::SoftBreak: return AppendText(parent, " ");
      case InlineKind::LineBreak: {
        pugi::xml_node ph = Code(parent, "ph");
        ph.append_attribute("type") = "fmt";
        ph.append_attribute("subType") = "xlf:lb";
        return;
      }
      case InlineKind::Code: return Placeholder(parent, "cc:code", node.text, "`" + node.text + "`");
      case InlineKind::Fact: {
        std::string written = "{{ " + node.text + " }}";
        return Placeholder(parent, "cc:fact", written, written);
      }
      case InlineKind::Emphasis: return Paired(node, parent, "xlf:i");
      case InlineKind::Strong: return Paired(node, parent, "xlf:b");
      case InlineKind::Strikethrough: return Paired(node, parent, "cc:s");
      case InlineKind::Link: {
        pugi::xml_node pc = Code(parent, "pc");
        pc.append_attribute("type") = "link";
        pc.append_attribute("canDelete") = "no";
        pc.append_attribute("canCopy") = "no";
        pc.append_attribute("canOverlap") = "no";
        pc.append_attribute("dataRefStart") = Data("[").c_str();
        std::string end = "](" + node.text + (node.title.empty() ? "" : " \"" + node.title + "\"") + ")";
        pc.append_attribute("dataRefEnd") = Data(end).c_str();
        return Append(node.children, pc);
      }
      case InlineKind::Image: {
        // The alt text is translated; the address and mark are protected.
        pugi::xml_node pc = Code(parent, "pc");
        pc.append_attribute("type") = "image";
        pc.append_attribute("canDelete") = "no";
        pc.append_attribute("canCopy") = "no";
        pc.append_attribute("canOverlap") = "no";
        pc.append_attribute("dataRefStart") = Data("![").c_str();
        std::string end = "](" + node.text + (node.title.empty() ? "" : " \"" + node.title + "\"") + ")" +
                          (node.decorative ? kDecorativeMark : "");
        pc.append_attribute("dataRefEnd") = Data(end).c_str();
        return Append(node.children, pc);
      }
    }
  }

  static void AppendText(pugi::xml_node parent, const std::string& text) {
    // Join with a preceding text node so the markup stays readable.
    pugi::xml_node last = parent.last_child();
    if (last.type() == pugi::node_pcdata) {
      last.set_value((std::string(last.value()) + text).c_str());
    } else {
      parent.append_child(pugi::node_pcdata).set_value(text.c_str());
    }
  }

  pugi::xml_node Code(pugi::xml_node parent, const char* name) {
    pugi::xml_node code = parent.append_child(name);
    code.append_attribute("id") = std::to_string(++next_code_).c_str();
    return code;
  }

  void Placeholder(pugi::xml_node parent, const char* sub_type, const std::string& data, const std::string& disp) {
    pugi::xml_node ph = Code(parent, "ph");
    ph.append_attribute("type") = "other";
    ph.append_attribute("subType") = sub_type;
    ph.append_attribute("canCopy") = "no";
    ph.append_attribute("canDelete") = "no";
    ph.append_attribute("dataRef") = Data(data).c_str();
    ph.append_attribute("disp") = disp.c_str();
  }

  void Paired(const Inline& node, pugi::xml_node parent, const char* sub_type) {
    pugi::xml_node pc = Code(parent, "pc");
    pc.append_attribute("type") = "fmt";
    pc.append_attribute("subType") = sub_type;
    Append(node.children, pc);
  }

  // Adds `content` to <originalData>, which must precede the segments.
  std::string Data(const std::string& content) {
    pugi::xml_node data_list = unit_.child("originalData");
    if (!data_list) {
      pugi::xml_node segment = unit_.child("segment");
      data_list = segment ? unit_.insert_child_before("originalData", segment) : unit_.append_child("originalData");
    }
    std::string id = "d" + std::to_string(++next_data_);
    pugi::xml_node data = data_list.append_child("data");
    data.append_attribute("id") = id.c_str();
    data.text() = content.c_str();
    return id;
  }

  pugi::xml_node unit_;
  int next_code_ = 0;
  int next_data_ = 0;
};

std::string DataOf(pugi::xml_node unit, const char* ref) {
  if (ref == nullptr || *ref == '\0') return {};
  return unit.child("originalData").find_child_by_attribute("data", "id", ref).text().get();
}

// "](https://x \"t\")" -> url and title.
void ReadLinkEnd(const std::string& end, Inline* link) {
  std::string_view inside = end;
  if (inside.substr(0, 2) == "](") inside.remove_prefix(2);
  if (!inside.empty() && inside.back() == ')') inside.remove_suffix(1);
  size_t quote = inside.find(" \"");
  if (quote != std::string_view::npos && inside.size() >= quote + 3 && inside.back() == '"') {
    link->title = std::string(inside.substr(quote + 2, inside.size() - quote - 3));
    inside = inside.substr(0, quote);
  }
  link->text = std::string(inside);
}

// The data of a placeholder as its disp shows it: "{{ name }}" for a fact,
// "`code`" for a code span.
std::string FromDisp(std::string disp, const std::string& sub_type) {
  if (sub_type == "cc:code" && disp.size() >= 2 && disp.front() == '`' && disp.back() == '`') {
    return disp.substr(1, disp.size() - 2);
  }
  return sub_type == "cc:fact" ? disp : std::string();
}

// Codes nested past kMaxXliffNesting are not read (ReadXliffInlines
// reports the depth): the walk recurses once per level.
void CollectCodes(pugi::xml_node unit, pugi::xml_node parent, XliffCodes* codes, int depth = 0) {
  if (depth > kMaxXliffNesting) return;
  for (pugi::xml_node node : parent.children()) {
    if (node.type() != pugi::node_element) continue;
    std::string_view name = node.name();
    std::string sub_type = node.attribute("subType").value();
    XliffCode code;
    code.protected_code = std::string_view(node.attribute("canDelete").value()) == "no";
    if (name == "ph") {
      std::string data = DataOf(unit, node.attribute("dataRef").value());
      // Tools that drop <originalData> (the npm xliff package does) keep
      // disp, which charterc writes as the fact or code itself.
      if (data.empty()) data = FromDisp(node.attribute("disp").value(), sub_type);
      if (sub_type == "xlf:lb") {
        code.prototype.kind = InlineKind::LineBreak;
      } else if (sub_type == "cc:code") {
        code.prototype.kind = InlineKind::Code;
        code.prototype.text = data;
      } else {
        // A fact: "{{ name }}", read by the splitter every stage shares.
        code.prototype.kind = InlineKind::Fact;
        SplitFactPlaceholders(
            data, [](std::string_view) {},
            [&](const std::string& name, std::string_view) { code.prototype.text = name; });
      }
    } else if (name == "pc") {
      if (std::string_view(node.attribute("type").value()) == "link") {
        code.prototype.kind = InlineKind::Link;
        ReadLinkEnd(DataOf(unit, node.attribute("dataRefEnd").value()), &code.prototype);
      } else if (std::string_view(node.attribute("type").value()) == "image") {
        code.prototype.kind = InlineKind::Image;
        std::string end = DataOf(unit, node.attribute("dataRefEnd").value());
        const std::string mark = kDecorativeMark;
        if (end.size() > mark.size() && end.compare(end.size() - mark.size(), mark.size(), mark) == 0) {
          code.prototype.decorative = true;
          end.resize(end.size() - mark.size());
        }
        ReadLinkEnd(end, &code.prototype);
      } else if (sub_type == "xlf:b") {
        code.prototype.kind = InlineKind::Strong;
      } else if (sub_type == "cc:s") {
        code.prototype.kind = InlineKind::Strikethrough;
      } else {
        code.prototype.kind = InlineKind::Emphasis;
      }
      CollectCodes(unit, node, codes, depth + 1);
    } else {
      continue;
    }
    (*codes)[node.attribute("id").value()] = code;
  }
}

class InlineReader {
 public:
  InlineReader(const XliffCodes& codes, std::vector<XliffInlineProblem>* problems)
      : codes_(codes), problems_(problems) {}

  std::vector<Inline> Read(pugi::xml_node target) {
    std::vector<Inline> inlines = ReadChildren(target);
    for (const auto& [id, code] : codes_) {
      if (code.protected_code && !seen_.count(id)) {
        problems_->push_back({"the translation lost " + Describe(code.prototype) + " (code " + id +
                                  "); copy it from the source into the translation",
                              target});
      }
    }
    return inlines;
  }

 private:
  static std::string Describe(const Inline& code) {
    switch (code.kind) {
      case InlineKind::Fact: return "the fact {{ " + code.text + " }}";
      case InlineKind::Link: return "the link to " + code.text;
      case InlineKind::Image: return "the image " + code.text;
      case InlineKind::Code: return "the code `" + code.text + "`";
      default: return "a formatting code";
    }
  }

  std::vector<Inline> ReadChildren(pugi::xml_node parent) {
    std::vector<Inline> inlines;
    if (depth_ > kMaxXliffNesting) {
      if (!too_deep_reported_) {
        too_deep_reported_ = true;
        problems_->push_back({"inline markup is nested more than " + std::to_string(kMaxXliffNesting) +
                                  " levels deep (<pc>, <mrk> ...); charterc does not read deeper",
                              parent, DiagCode::E1501});
      }
      return inlines;
    }
    ++depth_;
    std::vector<Inline> read = ReadLevel(parent);
    --depth_;
    return read;
  }

  std::vector<Inline> ReadLevel(pugi::xml_node parent) {
    std::vector<Inline> inlines;
    for (pugi::xml_node node : parent.children()) {
      if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
        inlines.push_back(Inline{InlineKind::Text, node.value(), {}, {}, {}, false});
        continue;
      }
      if (node.type() != pugi::node_element) continue;
      std::string_view name = node.name();
      if (name != "ph" && name != "pc") {
        if (name == "mrk" || name == "sm" || name == "em") {  // annotations: keep their text
          for (Inline& child : ReadChildren(node)) inlines.push_back(std::move(child));
          continue;
        }
        problems_->push_back({"<" + std::string(name) + "> is not used by charterc; remove it", node});
        continue;
      }
      std::string id = node.attribute("id").value();
      auto code = codes_.find(id);
      if (code == codes_.end()) {
        problems_->push_back({"code " + id + " is not in the source of this unit; use only the source's codes", node});
        continue;
      }
      seen_.insert(id);
      Inline inline_node = code->second.prototype;
      if (name == "pc") inline_node.children = ReadChildren(node);
      inlines.push_back(std::move(inline_node));
    }
    return inlines;
  }

  const XliffCodes& codes_;
  std::vector<XliffInlineProblem>* problems_;
  std::set<std::string> seen_;
  int depth_ = 0;
  bool too_deep_reported_ = false;
};

// Writes inlines as target markup, reusing the source's code elements.
class TargetWriter {
 public:
  TargetWriter(pugi::xml_node unit, pugi::xml_node source) {
    XliffCodes codes = ReadXliffCodes(unit, source);
    for (pugi::xpath_node code : source.select_nodes(".//*[self::ph or self::pc]")) {
      auto found = codes.find(code.node().attribute("id").value());
      if (found != codes.end()) available_.push_back({code.node(), found->second.prototype});
    }
  }

  void Append(const std::vector<Inline>& inlines, pugi::xml_node parent) {
    for (const Inline& node : inlines) {
      if (node.kind == InlineKind::Text || node.kind == InlineKind::SoftBreak) {
        AppendText(parent, node.kind == InlineKind::Text ? node.text : " ");
        continue;
      }
      pugi::xml_node code = Take(node);
      if (!code) {
        Append(node.children, parent);  // formatting the source lacks: its text only
        continue;
      }
      pugi::xml_node copy = parent.append_copy(code);
      while (copy.first_child()) copy.remove_child(copy.first_child());
      Append(node.children, copy);
    }
  }

 private:
  struct Available {
    pugi::xml_node node;
    Inline prototype;
    bool used = false;
  };

  static void AppendText(pugi::xml_node parent, const std::string& text) {
    pugi::xml_node last = parent.last_child();
    if (last.type() == pugi::node_pcdata) last.set_value((std::string(last.value()) + text).c_str());
    else parent.append_child(pugi::node_pcdata).set_value(text.c_str());
  }

  pugi::xml_node Take(const Inline& node) {
    for (Available& code : available_) {
      if (code.used || code.prototype.kind != node.kind || code.prototype.text != node.text) continue;
      code.used = true;
      return code.node;
    }
    return {};
  }

  std::vector<Available> available_;
};

}  // namespace

void AppendXliffTarget(const std::vector<Inline>& inlines, pugi::xml_node target, pugi::xml_node source) {
  pugi::xml_node unit = source.parent().parent();  // source -> segment (or match) -> unit
  if (std::string_view(source.parent().name()) != "segment") unit = source.parent();
  TargetWriter(unit, source).Append(inlines, target);
}

void AppendXliffInlines(const std::vector<Inline>& inlines, pugi::xml_node parent, pugi::xml_node unit) {
  CodeWriter(unit).Append(inlines, parent);
}

XliffCodes ReadXliffCodes(pugi::xml_node unit, pugi::xml_node source) {
  XliffCodes codes;
  CollectCodes(unit, source, &codes);
  return codes;
}

std::vector<Inline> ReadXliffInlines(pugi::xml_node target, const XliffCodes& codes,
                                     std::vector<XliffInlineProblem>* problems) {
  return InlineReader(codes, problems).Read(target);
}

}  // namespace charterc
