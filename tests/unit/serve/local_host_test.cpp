#include <doctest/doctest.h>

#include "serve/local_host.h"

using namespace charterc;

TEST_CASE("LocalOrigin: the loopback names with the server's port") {
  CHECK(LocalOrigin("127.0.0.1:8000", 8000) == "http://127.0.0.1:8000");
  CHECK(LocalOrigin("localhost:8000", 8000) == "http://localhost:8000");
  CHECK(LocalOrigin("LocalHost:8000", 8000) == "http://localhost:8000");
  CHECK(LocalOrigin("localhost", 80) == "http://localhost:80");
}

TEST_CASE("LocalOrigin: any other host (DNS rebinding) or port is refused") {
  CHECK_FALSE(LocalOrigin("evil.example:8000", 8000));
  CHECK_FALSE(LocalOrigin("127.0.0.1.evil.example:8000", 8000));
  CHECK_FALSE(LocalOrigin("127.0.0.1:8001", 8000));
  CHECK_FALSE(LocalOrigin("127.0.0.1", 8000));
  CHECK_FALSE(LocalOrigin("", 8000));
  CHECK_FALSE(LocalOrigin("0.0.0.0:8000", 8000));
  CHECK_FALSE(LocalOrigin("127.0.0.1:8000:8000", 8000));
}
