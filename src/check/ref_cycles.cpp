#include "check/ref_cycles.h"

#include <map>
#include <vector>

namespace charterc {

namespace {

struct Edge {
  std::string to;  // "doc#id"
  const Ref* ref;
};

enum class Mark { New, OnPath, Done };

class CycleFinder {
 public:
  CycleFinder(const Project& project, DiagnosticSink& sink) : sink_(sink) {
    for (const Document& doc : project.documents) {
      for (const Commitment& commitment : doc.commitments) nodes_[doc.name + "#" + commitment.id];
    }
    for (const Document& doc : project.documents) {
      for (const Commitment& commitment : doc.commitments) {
        std::vector<Edge>& edges = nodes_[doc.name + "#" + commitment.id];
        for (const Ref& ref : commitment.refs) {
          if (ref.kind == Ref::Kind::Criterion || ref.id.empty()) continue;
          std::string to = (ref.kind == Ref::Kind::Local ? doc.name : ref.document) + "#" + ref.id;
          if (nodes_.count(to)) edges.push_back({to, &ref});  // refs to headings cannot loop back
        }
      }
    }
  }

  // Depth-first, with an explicit stack: a long chain of refs cannot
  // exhaust the call stack.
  void Run() {
    for (auto& [start, unused] : nodes_) {
      if (marks_[start] != Mark::New) continue;
      std::vector<std::pair<std::string, size_t>> stack = {{start, 0}};
      marks_[start] = Mark::OnPath;
      while (!stack.empty()) {
        auto& [node, next] = stack.back();
        const std::vector<Edge>& edges = nodes_[node];
        if (next == edges.size()) {
          marks_[node] = Mark::Done;
          stack.pop_back();
          continue;
        }
        const Edge& edge = edges[next++];
        Mark& mark = marks_[edge.to];
        if (mark == Mark::OnPath) {
          Report(stack, edge);
        } else if (mark == Mark::New) {
          mark = Mark::OnPath;
          stack.push_back({edge.to, 0});
        }
      }
    }
  }

 private:
  void Report(const std::vector<std::pair<std::string, size_t>>& stack, const Edge& closing) {
    std::string path;
    bool in_cycle = false;
    for (const auto& [node, unused] : stack) {
      if (node == closing.to) in_cycle = true;
      if (in_cycle) path += node + " -> ";
    }
    path += closing.to;
    sink_.Report(DiagCode::E0410, closing.ref->location, "refs go round in a circle: " + path,
                 "let refs point one way, from a promise to what backs it (charter -> standards -> criteria); "
                 "drop the ref that points back");
  }

  DiagnosticSink& sink_;
  std::map<std::string, std::vector<Edge>> nodes_;
  std::map<std::string, Mark> marks_;
};

}  // namespace

void CheckRefCycles(const Project& project, DiagnosticSink& sink) { CycleFinder(project, sink).Run(); }

}  // namespace charterc
