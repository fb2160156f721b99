#!/usr/bin/env bash
# charterc serve in Debian's headless Chromium (serve_browser.mjs): the
# preview under a theme with a strict Content-Security-Policy, reload on
# save, the diagnostics panel (content, axe-core, keyboard), no policy
# violation. playwright-core and axe-core come from npm (tests/tools).
# Usage: serve_browser.sh CHARTERC
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23, as the other scenarios
charterc=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT

project="$work/p"
"$charterc" init "$project" >/dev/null 2>&1 || { echo "init failed"; exit 1; }
# The project's theme: the default one with a policy forbidding every script.
mkdir -p "$project/themes/default"
sed 's|<meta charset="utf-8"/>|<meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src '"'"'self'"'"'; script-src '"'"'none'"'"'; object-src '"'"'none'"'"'"/>|' \
  "$here/../../themes/default/page.xhtml" >"$project/themes/default/page.xhtml"
grep -q 'Content-Security-Policy' "$project/themes/default/page.xhtml" || { echo "theme not made"; exit 1; }

"$charterc" serve "$project" --port 0 2>"$work/serve.log" &
server=$!
port=""
for _ in $(seq 1200); do
  port=$(sed -n 's|^serving .* at http://127\.0\.0\.1:\([0-9][0-9]*\)/.*|\1|p' "$work/serve.log")
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
[ -n "$port" ] || { cat "$work/serve.log"; echo "serve did not start"; exit 1; }

node "$here/serve_browser.mjs" "http://127.0.0.1:$port" "$project"
code=$?
kill -INT "$server"
wait "$server"
stopped=$?
server=""
[ $stopped = 0 ] || { echo "FAILED: serve exited $stopped after SIGINT"; code=1; }
[ $code = 0 ] || cat "$work/serve.log"
exit $code
