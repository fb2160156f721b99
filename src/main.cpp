// charterc: compiles customer service charters. See README.md.

#include <iostream>

#include "base/file_system.h"
#include "driver/cli.h"

int main(int argc, char** argv) {
  charterc::RealFileSystem fs;
  charterc::Env env{fs, std::cout, std::cerr};
  return charterc::RunCommandLine(env, argc, argv);
}
