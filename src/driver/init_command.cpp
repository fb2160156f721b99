#include "driver/commands.h"

#include "i18n/dates.h"

namespace charterc {

namespace {

// The starter project: small, realistic, and clean under `charterc build`.
constexpr const char* kConfig = R"(# charterc project settings (all optional)
title: Our Library Charters
source-lang: en
# Claim against a criteria framework to have every criterion checked for a
# commitment that covers it (or a waiver saying why not):
# framework: cse
)";

constexpr const char* kFacts = R"(# Values used in more than one place, inserted with {{ name }}.
# Units: minute, hour, day, working-day, week, month, percent, count, money.
reply.email: {value: 2, unit: working-day, label: "Reply to emails"}
loan.standard: {value: 14, unit: day, label: "Standard loan period"}
)";

// The review dates are filled in with today and a year from today.
constexpr const char* kCharterFrontMatter = R"(---
title: Customer Service Charter
type: charter
lang: en
owner: Library Services
reviewed: {reviewed}
next-review: {next-review}
summary: What you can expect from us, and how we measure it.
---
)";

constexpr const char* kCharterBody = R"(
## When you contact us {#contact}

- We answer emails within {{ reply.email }}. {#email-reply refs="cse:5.1.1" dimension=responsiveness}
- We answer 90% of phone calls within 20 seconds, measured each month. {#phone-answer refs="cse:5.1.1" dimension=responsiveness}

## Borrowing {#borrowing}

- You can borrow books for {{ loan.standard }}. {#standard-loan refs="cse:4.2.1 #contact" dimension=reliability}
)";

// "2026-11-23" -> "2027-11-23"; 29 February becomes 28 February.
std::string NextYear(std::string date) {
  date.replace(0, 4, std::to_string(std::stoi(date.substr(0, 4)) + 1));
  if (date.compare(5, 5, "02-29") == 0) date.replace(8, 2, "28");
  return date;
}

std::string StarterCharter(const std::string& today) {
  std::string text = kCharterFrontMatter;
  text.replace(text.find("{reviewed}"), 10, today);
  text.replace(text.find("{next-review}"), 13, NextYear(today));
  return text + kCharterBody;
}

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
  std::string charter = StarterCharter(IsoDate(env.clock.Now()));
  for (const auto& [relative, text] : {std::pair<const char*, std::string>{"charterc.yaml", kConfig},
                                       {"charters/facts.yaml", kFacts}, {"charters/charter.md", charter}}) {
    if (!env.fs.WriteFileAtomic(JoinPath(dir, relative), text, &error)) {
      env.err << "charterc: error: cannot write " << JoinPath(dir, relative) << ": " << error << "\n";
      return kExitUsage;
    }
  }
  env.err << "created a charter project in " << dir << "; build it with: charterc build " << dir << "\n";
  return kExitClean;
}

}  // namespace charterc
