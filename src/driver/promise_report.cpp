#include "driver/promise_report.h"

#include <map>


namespace charterc {

void PrintPromises(const Project& project, const Analysis& analysis, std::ostream& out) {
  for (const Document& doc : project.documents) {
    if (doc.meta.type == DocumentType::Policy && doc.commitments.empty()) continue;
    std::map<Verdict, int> verdicts;
    for (const Commitment& commitment : doc.commitments) {
      if (const auto& reading = analysis.Of(doc, commitment).reading) ++verdicts[reading->verdict];
    }
    out << "promises: " << doc.name << " (" << doc.meta.lang << "): " << doc.commitments.size() << " found, "
        << verdicts[Verdict::Measurable] << " measurable";
    if (verdicts[Verdict::Incomplete]) out << ", " << verdicts[Verdict::Incomplete] << " incomplete";
    if (verdicts[Verdict::Vague]) out << ", " << verdicts[Verdict::Vague] << " vague";
    if (verdicts[Verdict::Binary]) out << ", " << verdicts[Verdict::Binary] << " yes/no";
    out << "\n";
  }
}

}  // namespace charterc
