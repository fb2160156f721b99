#include <doctest/doctest.h>

#include "serve/preview_policy.h"

using namespace charterc;

namespace {

const PreviewSources kSources{"http://127.0.0.1:8000", "N0nce"};

}  // namespace

TEST_CASE("AllowPreview: a policy forbidding script gains exactly the preview script and endpoints") {
  CHECK(AllowPreview("default-src 'self'; script-src 'none'; object-src 'none'", kSources) ==
        "default-src 'self'; script-src http://127.0.0.1:8000/_charterc/live.js; object-src 'none'; "
        "connect-src 'self' http://127.0.0.1:8000/_charterc/");
}

TEST_CASE("AllowPreview: without script-src or connect-src, default-src is copied and widened") {
  CHECK(AllowPreview("default-src 'none'; style-src 'self'", kSources) ==
        "default-src 'none'; style-src 'self'; script-src http://127.0.0.1:8000/_charterc/live.js; "
        "connect-src http://127.0.0.1:8000/_charterc/");
}

TEST_CASE("AllowPreview: script-src-elem governs <script src> when present") {
  CHECK(AllowPreview("script-src 'none'; script-src-elem 'self'", kSources) ==
        "script-src 'none'; script-src-elem 'self' http://127.0.0.1:8000/_charterc/live.js");
}

TEST_CASE("AllowPreview: 'strict-dynamic' ignores URLs, so the nonce is used") {
  CHECK(AllowPreview("script-src 'strict-dynamic' 'nonce-abc'", kSources) ==
        "script-src 'strict-dynamic' 'nonce-abc' 'nonce-N0nce'");
}

TEST_CASE("AllowPreview: 'unsafe-inline' is kept working (no nonce added)") {
  CHECK(AllowPreview("script-src 'unsafe-inline'", kSources) ==
        "script-src 'unsafe-inline' http://127.0.0.1:8000/_charterc/live.js");
}

TEST_CASE("AllowPreview: a policy restricting neither is left as it says") {
  CHECK(AllowPreview("img-src 'self'; style-src 'self'", kSources) == "img-src 'self'; style-src 'self'");
  CHECK(AllowPreview("", kSources).empty());
}

TEST_CASE("AllowPreview: directive names in any case, the first of a repeated one counts") {
  CHECK(AllowPreview("SCRIPT-SRC 'NONE' ; script-src *", kSources) ==
        "script-src http://127.0.0.1:8000/_charterc/live.js; script-src *");
}
