#include <doctest/doctest.h>

#include "serve/debouncer.h"

using namespace charterc;
using std::chrono::milliseconds;

namespace {

// Times are made up: nothing here waits.
Debouncer::Clock::time_point At(int ms) { return Debouncer::Clock::time_point(milliseconds(ms)); }

}  // namespace

TEST_CASE("Debouncer: nothing is due before an event") {
  Debouncer debouncer(milliseconds(150), milliseconds(1000));
  CHECK_FALSE(debouncer.Pending());
  CHECK_FALSE(debouncer.Due(At(5000)));
  CHECK_FALSE(debouncer.TimeLeft(At(5000)).has_value());
}

TEST_CASE("Debouncer: a burst of events gives one build, after the burst is quiet") {
  Debouncer debouncer(milliseconds(150), milliseconds(1000));
  // An editor's save: write a temporary file, rename it, touch a backup.
  debouncer.Note(At(0));
  debouncer.Note(At(20));
  debouncer.Note(At(40));
  CHECK(debouncer.Pending());
  CHECK_FALSE(debouncer.Due(At(100)));
  CHECK(*debouncer.TimeLeft(At(100)) == milliseconds(90));  // 40 + 150 - 100
  CHECK_FALSE(debouncer.Due(At(189)));
  CHECK(debouncer.Due(At(190)));
  debouncer.Clear();
  CHECK_FALSE(debouncer.Pending());
  CHECK_FALSE(debouncer.Due(At(400)));
}

TEST_CASE("Debouncer: events that never stop still get a build after the longest wait") {
  Debouncer debouncer(milliseconds(150), milliseconds(1000));
  int t = 0;
  for (; t < 1000; t += 100) {
    debouncer.Note(At(t));
    CHECK_FALSE(debouncer.Due(At(t)));
  }
  CHECK(debouncer.Due(At(1000)));  // first event at 0, longest wait 1000
  CHECK(*debouncer.TimeLeft(At(1200)) == milliseconds(0));
}

TEST_CASE("Debouncer: after a build, the next burst is timed from its own first event") {
  Debouncer debouncer(milliseconds(150), milliseconds(1000));
  debouncer.Note(At(0));
  REQUIRE(debouncer.Due(At(150)));
  debouncer.Clear();
  debouncer.Note(At(2000));
  CHECK_FALSE(debouncer.Due(At(2100)));
  CHECK(debouncer.Due(At(2150)));
}
