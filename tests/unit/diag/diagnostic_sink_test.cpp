#include <doctest/doctest.h>

#include <thread>

#include "diag/diagnostic_sink.h"

using namespace charterc;

TEST_CASE("a capture holds what its own thread reported while it lasted, and nothing else") {
  DiagnosticSink sink;
  std::vector<Diagnostic> captured;
  sink.Report(DiagCode::W0806, {"a.md", 0, 0, 0}, "before");
  sink.StartCapture(&captured);
  sink.Report(DiagCode::W0806, {"a.md", 0, 0, 0}, "during");
  std::thread other([&] { sink.Report(DiagCode::W0806, {"b.md", 0, 0, 0}, "another thread"); });
  other.join();
  sink.StopCapture();
  sink.Report(DiagCode::W0806, {"a.md", 0, 0, 0}, "after");
  REQUIRE(captured.size() == 1);
  CHECK(captured[0].message == "during");
  CHECK(sink.Sorted().size() == 4);  // the sink still has every one
}
