#!/usr/bin/env bash
# One entry point for newcomers and CI on Debian bookworm:
#   bash scripts/dev.sh run    install what is missing, build, compile charters/ into out/
#   bash scripts/dev.sh test   install what is missing, build, run the whole test suite,
#                              then again under ASan+UBSan, and each fuzz harness for 30 s
#   bash scripts/dev.sh build  install what is missing and build only
#   bash scripts/dev.sh fuzz [ARGS]  the libFuzzer harnesses (scripts/fuzz.sh ARGS)
#   bash scripts/dev.sh sanitize     the whole test suite built with clang, ASan+UBSan
# Installs Debian packages with apt-get (as root, or through sudo) and the
# test tools with npm ci. The binary ends up at build/charterc.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_PACKAGES=(g++ cmake ninja-build pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev libpugixml-dev libicu-dev
  libcli11-dev doctest-dev libyaml-cpp-dev nlohmann-json3-dev libgettextpo-dev libzip-dev
  libqpdf-dev nettle-dev libxxhash-dev libcpp-httplib-dev libcsv-dev)
# PDFs are printed by Chromium; the Noto fonts cover Arabic and Chinese.
RUN_PACKAGES=(chromium fonts-noto-core fonts-noto-cjk)
# Every command the tests call, and the package it comes from, is listed once
# in tests/tools/requirements.txt; the test tools/requirements checks the same
# list, so a tool a test starts to need cannot be forgotten here.
mapfile -t TEST_PACKAGES < <(awk '!/^#/ && NF >= 2 { print $2 }' tests/tools/requirements.txt | sort -u)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} = 0 ] && return 0
  echo "== installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}"
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build
}

test_tools() {
  # Node.js and npm may come from Debian (bookworm's Node 18, which the pinned
  # npm tools support) or from elsewhere (a newer Node): only add them when absent.
  local packages=()
  for package in "${TEST_PACKAGES[@]}"; do
    case "$package" in
      nodejs) command -v node >/dev/null || packages+=(nodejs) ;;
      npm) command -v npm >/dev/null || packages+=(npm) ;;
      *) packages+=("$package") ;;
    esac
  done
  install_missing "${packages[@]}"
  if [ ! -f tests/tools/node_modules/vnu-jar/build/dist/vnu.jar ] || [ ! -d tests/tools/node_modules/axe-core ] ||
     [ ! -d tests/tools/node_modules/playwright-core ]; then
    # Node trusts only its own CA list; networks that inspect TLS (common in
    # universities) put their CA in the system store, so trust that as well.
    local system_cas=/etc/ssl/certs/ca-certificates.crt
    [ -f "$system_cas" ] && export NODE_EXTRA_CA_CERTS=${NODE_EXTRA_CA_CERTS:-$system_cas}
    # playwright-core drives Debian's chromium; it must never fetch a browser.
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error
  fi
}

case "${1:-}" in
  build) build ;;
  run)
    build
    build/charterc build . -o out --bilingual cy,en
    echo "== open out/index.html in a browser"
    ;;
  test)
    build
    test_tools
    ctest --test-dir build --output-on-failure
    # The same suite again, built by clang with ASan+UBSan (build-fuzz/),
    # then every fuzz harness for 30 s (docs/fuzzing.md).
    bash scripts/fuzz.sh --tests --time "${CHARTERC_FUZZ_SECONDS:-30}"
    ;;
  sanitize)
    install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}"
    test_tools
    bash scripts/fuzz.sh --tests --time 0
    ;;
  fuzz)
    install_missing "${BUILD_PACKAGES[@]}"
    test_tools
    shift
    bash scripts/fuzz.sh "$@"
    ;;
  *) echo "usage: bash scripts/dev.sh run|test|build|sanitize|fuzz [ARGS]" >&2; exit 2 ;;
esac
