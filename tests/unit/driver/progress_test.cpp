#include "driver/progress.h"

#include <doctest/doctest.h>

#include <sstream>

#include "driver/stage_timer.h"

using namespace charterc;

namespace {

// A clock the test moves by hand.
struct FakeClock {
  double seconds = 100;
  std::function<double()> Now() {
    return [this] { return seconds; };
  }
};

}  // namespace

TEST_CASE("the status line is rewritten in place and wiped at the end") {
  std::ostringstream out;
  FakeClock clock;
  Progress progress(out, true, clock.Now(), 80);
  progress.Start(2);
  clock.seconds = 100.4;
  progress.JobStarted("en/charter");
  CHECK(out.str() == "\r[0/2] en/charter (0.4s)\x1b[K");
  out.str("");
  progress.JobFinished();
  CHECK(out.str() == "\r[1/2] en/charter (0.4s)\x1b[K");
  out.str("");
  clock.seconds = 175;
  progress.JobStarted("fr/charter");
  progress.JobFinished();
  CHECK(out.str() == "\r[1/2] fr/charter (1m15s)\x1b[K\r[2/2] fr/charter (1m15s)\x1b[K");
  out.str("");
  progress.Finish();
  CHECK(out.str() == "\r\x1b[K");
  out.str("");
  progress.Finish();  // nothing left to wipe
  CHECK(out.str().empty());
}

TEST_CASE("off a terminal or with --quiet the status line prints nothing") {
  std::ostringstream out;
  FakeClock clock;
  Progress progress(out, false, clock.Now(), 80);
  progress.Start(3);
  progress.JobStarted("en/charter");
  progress.JobFinished();
  progress.Finish();
  CHECK(out.str().empty());
}

TEST_CASE("a job never finished is not counted, and a scope marks one job") {
  std::ostringstream out;
  FakeClock clock;
  Progress progress(out, true, clock.Now(), 80);
  progress.Start(5);
  { ProgressJob job(&progress, "en/a"); }
  { ProgressJob job(&progress, "en/b"); }
  { ProgressJob job(nullptr, "ignored"); }
  CHECK(out.str().ends_with("\r[2/5] en/b (0.0s)\x1b[K"));
}

TEST_CASE("the status line fits the terminal: a long label loses its middle") {
  std::ostringstream out;
  FakeClock clock;
  Progress progress(out, true, clock.Now(), 30);
  progress.Start(10);
  progress.JobStarted("zh-Hans/a-very-long-document-name-indeed");
  // 29 columns at most (one spare so the terminal does not wrap).
  std::string line = out.str().substr(1, out.str().size() - 1 - 3);
  CHECK(line == "[0/10] zh-Han...indeed (0.0s)");
  CHECK(line.size() <= 29);
}

TEST_CASE("ElideMiddle keeps both ends and whole UTF-8 characters") {
  CHECK(ElideMiddle("short", 10) == "short");
  CHECK(ElideMiddle("abcdefghij", 10) == "abcdefghij");
  CHECK(ElideMiddle("abcdefghijk", 10) == "abcd...ijk");
  CHECK(ElideMiddle("éééééééééé", 7) == "éé...éé");
  CHECK(ElideMiddle("abcdef", 4) == "a...");
  CHECK(ElideMiddle("abcdef", 2) == "..");
}

TEST_CASE("FormatElapsed: tenths under a minute, then minutes and seconds") {
  CHECK(FormatElapsed(0) == "0.0s");
  CHECK(FormatElapsed(12.34) == "12.3s");
  CHECK(FormatElapsed(59.9) == "59.9s");
  CHECK(FormatElapsed(60) == "1m00s");
  CHECK(FormatElapsed(125.7) == "2m05s");
  CHECK(FormatElapsed(-1) == "0.0s");
}

TEST_CASE("-v prints each stage's time as it ends, and nothing otherwise") {
  std::ostringstream out;
  FakeClock clock;
  StageTimer timer(out, true, clock.Now());
  clock.seconds = 100.25;
  timer.Lap("load");
  clock.seconds = 101.5;
  timer.Lap("analyse");
  CHECK(out.str() == "time: load 0.250s\ntime: analyse 1.250s\n");

  std::ostringstream quiet;
  StageTimer off(quiet, false, clock.Now());
  off.Lap("load");
  CHECK(quiet.str().empty());
}
