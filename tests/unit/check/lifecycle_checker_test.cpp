#include <doctest/doctest.h>

#include "check/lifecycle_checker.h"
#include "check_test_support.h"

using namespace charterc;
using namespace charterc::testing;

namespace {

std::vector<std::string> Lifecycle(const std::string& front_matter, const std::string& today = "2026-11-23") {
  return Summaries(CheckProject({{"charters/a.md", "---\n" + front_matter + "---\nText.\n"}},
                                [&](const Project& p, DiagnosticSink& s) { CheckLifecycle(p, today, s); }));
}

}  // namespace

TEST_CASE("charters and standards need an owner and a review date") {
  CHECK(Lifecycle("title: A\n") == std::vector<std::string>{"E0208 1:1 front matter has no 'owner'",
                                                            "E0208 1:1 front matter has no 'next-review'"});
  CHECK(Lifecycle("title: A\ntype: standards\nowner: X\nnext-review: 2027-01-01\n").empty());
  CHECK(Lifecycle("title: A\ntype: policy\n").empty());
}

TEST_CASE("a document past its review date is a warning at that date") {
  CHECK(Lifecycle("title: A\nowner: X\nnext-review: 2026-11-22\n") ==
        std::vector<std::string>{"W0207 4:14 this document was due for review on 2026-11-22"});
  CHECK(Lifecycle("title: A\nowner: X\nnext-review: 2026-11-23\n").empty());
}
