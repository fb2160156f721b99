#include "driver/commands.h"

namespace charterc {

namespace {

// The starter project: small, realistic, and clean under `charterc build`.
constexpr const char* kConfig = R"(# charterc project settings (all optional)
title: Our Library Charters
source-lang: en
)";

constexpr const char* kFacts = R"(# Values used in more than one place, inserted with {{ name }}.
# Units: minute, hour, day, working-day, week, month, percent, count, money.
reply.email: {value: 2, unit: working-day, label: "Reply to emails"}
loan.standard: {value: 14, unit: day, label: "Standard loan period"}
)";

constexpr const char* kCharter = R"(---
title: Customer Service Charter
type: charter
lang: en
owner: Library Services
reviewed: 2026-09-01
next-review: 2027-09-01
framework: cse
summary: What you can expect from us, and how we measure it.
---

## When you contact us {#contact}

- We answer emails within {{ reply.email }}. {#email-reply refs="cse:5.1.1" dimension=responsiveness}
- We answer 90% of phone calls within 20 seconds, measured each month. {#phone-answer refs="cse:5.1.1" dimension=responsiveness}

## Borrowing {#borrowing}

- You can borrow books for {{ loan.standard }}. {#standard-loan refs="cse:4.2.1 #contact" dimension=reliability}
)";

}  // namespace

int RunInit(Env& env, const std::string& dir) {
  std::string charter_path = JoinPath(dir, "charters/charter.md");
  for (const std::string& path : {charter_path, JoinPath(dir, "charterc.yaml")}) {
    if (env.fs.IsFile(path)) {
      env.err << "charterc: error: " << path << " already exists; init only starts new projects\n";
      return kExitUsage;
    }
  }
  std::string error;
  for (const auto& [relative, text] : {std::pair{"charterc.yaml", kConfig}, std::pair{"charters/facts.yaml", kFacts},
                                       std::pair{"charters/charter.md", kCharter}}) {
    if (!env.fs.WriteFileAtomic(JoinPath(dir, relative), text, &error)) {
      env.err << "charterc: error: cannot write " << JoinPath(dir, relative) << ": " << error << "\n";
      return kExitUsage;
    }
  }
  env.err << "created a charter project in " << dir << "; build it with: charterc build " << dir << "\n";
  return kExitClean;
}

}  // namespace charterc
