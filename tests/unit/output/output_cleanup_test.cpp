#include <doctest/doctest.h>

#include "base/file_system.h"
#include "output/output_cleanup.h"

using namespace charterc;

TEST_CASE("temporary file names are recognised exactly") {
  CHECK(IsTempFileName("charter.html.tmp1234"));
  CHECK(IsTempFileName(TempFileName("en/charter.html", 42).substr(3)));
  CHECK_FALSE(IsTempFileName("charter.html"));
  CHECK_FALSE(IsTempFileName("charter.tmp12.html"));  // an output of a document named so
  CHECK_FALSE(IsTempFileName("charter.html.tmp"));
  CHECK_FALSE(IsTempFileName(".tmp12"));
  CHECK_FALSE(IsTempFileName("notes.tmp12a"));
}

TEST_CASE("SweepTempFiles removes charterc's temporary files and nothing else") {
  MemoryFileSystem fs;
  fs.Add("out/index.html", "x");
  fs.Add("out/index.html.tmp77", "half");
  fs.Add("out/en/charter.html.tmp9", "half");
  fs.Add("out/en/charter.html", "x");
  fs.Add("out/en/notes.tmp", "theirs");
  CHECK(SweepTempFiles(fs, "out") == 2);
  CHECK(fs.files().size() == 3);
  CHECK(fs.IsFile("out/en/notes.tmp"));
}

TEST_CASE("RemoveRecordedOutput removes only plain paths inside the folder") {
  MemoryFileSystem fs;
  fs.Add("out/en/gone.html", "x");
  fs.Add("secret.txt", "keep");
  std::string error;
  CHECK(RemoveRecordedOutput(fs, "out", "en/gone.html", &error));
  CHECK_FALSE(fs.IsFile("out/en/gone.html"));
  for (const char* planted : {"../secret.txt", "/secret.txt", "en/../../secret.txt", "", "./x"}) {
    CAPTURE(planted);
    CHECK_FALSE(RemoveRecordedOutput(fs, "out", planted, &error));
  }
  CHECK(fs.IsFile("secret.txt"));
}
