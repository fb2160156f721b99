#!/usr/bin/env bash
# charterc serve end to end: a preview on a free port of a small project.
# Pages come with the preview script (the files in out/ do not), a save is
# rebuilt and shows, a new error reaches the diagnostics endpoint with its
# file and line, a withheld page lists its errors, paths leaving out/ and
# foreign Host headers are refused, and SIGINT stops it with exit 0.
# Waits poll with generous limits; nothing is timed.
# Usage: serve.sh CHARTERC
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23, as the other scenarios
charterc=$(realpath "$1")
work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT
source "$(dirname "$(realpath "$0")")/check.sh"

"$charterc" serve --help >/dev/null 2>&1
check "serve --help exits 0" test $? = 0

project="$work/p"
"$charterc" init "$project" >/dev/null 2>&1 || { echo "FAILED: init"; exit 1; }
"$charterc" serve "$project" --port 0 2>"$work/serve.log" &
server=$!

port=""
for _ in $(seq 1200); do  # up to 2 minutes for the first build on a busy machine
  port=$(sed -n 's|^serving .* at http://127\.0\.0\.1:\([0-9][0-9]*\)/.*|\1|p' "$work/serve.log")
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$port" ]; then
  echo "FAILED: serve did not start"; cat "$work/serve.log"; exit 1
fi
base="http://127.0.0.1:$port"

# wait_for_change PATH: until a build started by a change to PATH is published.
wait_for_change() {
  for _ in $(seq 1200); do
    fetch /_charterc/status >/dev/null 2>&1 && grep -qF "\"changed\":[\"$1\"]" "$work/body" && return 0
    sleep 0.1
  done
  return 1
}
# fetch PATH [CURL OPTION...]: the body into $work/body, headers into
# $work/headers; prints the status code.
fetch() {
  local path=$1
  shift
  curl -sS --max-time 20 --path-as-is -D "$work/headers" -o "$work/body" -w '%{http_code}' "$@" "$base$path"
}
header() { grep -i "^$1:" "$work/headers" | head -n 1 | cut -d' ' -f2- | tr -d '\r'; }
# The JSON answers are compact, their keys in a fixed order: matched as text.
build_number() { fetch /_charterc/status >/dev/null && sed -n 's/^{"build":\([0-9]*\),.*/\1/p' "$work/body"; }
# wait_for_build N: until the status says build N or later is published.
wait_for_build() {
  for _ in $(seq 1200); do
    local n
    n=$(build_number 2>/dev/null)
    [ -n "$n" ] && [ "$n" -ge "$1" ] && return 0
    sleep 0.1
  done
  return 1
}

# The page is served with the preview script; the file in out/ has none.
check "the first build is build 1" test "$(build_number)" = 1
sum_before=$(sha256sum "$project/out/en/charter.html")
check "a page is served" test "$(fetch /en/charter.html)" = 200
check "a page is HTML in UTF-8" test "$(header Content-Type)" = "text/html; charset=utf-8"
check "the served page has the preview script" grep -q '<script src="/_charterc/live.js" nonce="[A-Za-z0-9]*" data-page="en/charter.html" data-build="1" data-overlay="on"></script></body>' "$work/body"
# The page's Content-Security-Policy forbids script: the served copy's is
# widened for the preview script alone (serve/preview_policy.h).
check "the served page's policy lets the preview script in" \
  grep -q '<meta http-equiv="Content-Security-Policy" content="[^"]*script-src [^"]*/_charterc/live.js' "$work/body"
policy='s|<meta http-equiv="Content-Security-Policy" content="[^"]*">|<meta policy>|'
sed -e 's|<script src="/_charterc/live.js"[^>]*></script>||' -e "$policy" "$work/body" >"$work/stripped.html"
sed -e "$policy" "$project/out/en/charter.html" >"$work/file.html"
check "the served page is the file plus the script (and its policy widened)" cmp -s "$work/stripped.html" "$work/file.html"
check "the file in out/ has no preview script" test -z "$(grep -l _charterc "$project/out/en/charter.html")"
check "serving does not touch the file in out/" test "$(sha256sum "$project/out/en/charter.html")" = "$sum_before"
check "answers are not cached" test "$(header Cache-Control)" = "no-store"
check "answers are not sniffed" test "$(header X-Content-Type-Options)" = "nosniff"
check "the stylesheet is served" test "$(fetch /charterc.css)" = 200
check "the stylesheet is CSS" test "$(header Content-Type)" = "text/css; charset=utf-8"
check "the stylesheet is served as written" cmp -s "$work/body" "$project/out/charterc.css"
check "the stylesheet has no script" test -z "$(grep -l _charterc "$work/body")"
check "the index is served at /" test "$(fetch /)" = 200
check "the client script is served" test "$(fetch /_charterc/live.js)" = 200
check "the client script is JavaScript" test "$(header Content-Type)" = "text/javascript; charset=utf-8"
check "the client listens for builds" grep -q "new EventSource('/_charterc/events')" "$work/body"
check "the diagnostics endpoint answers" test "$(fetch '/_charterc/diagnostics?page=en/charter.html')" = 200
check "a clean page has no diagnostics" grep -qF '"diagnostics":[]' "$work/body"
# The event stream, read up to its first event (curl would wait for the
# stream to end): the current build comes at once.
first_event() {
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET /_charterc/events HTTP/1.1\r\nHost: 127.0.0.1:%s\r\n\r\n' "$port" >&3
  local line
  while IFS= read -r -t 30 line <&3; do
    case $line in data:*) echo "${line%$'\r'}"; break ;; esac
  done
  exec 3<&-
}
check "the event stream tells the current build" grep -q '^data: {"build":1,' <(first_event)

# A save is rebuilt and the page shows it.
sed -i 's/^title: Customer Service Charter$/title: Our Renamed Charter/' "$project/charters/charter.md"
check "a save gives build 2" wait_for_build 2
fetch /en/charter.html >/dev/null
check "the page shows the saved change" grep -q "Our Renamed Charter" "$work/body"
check "the page names its build" grep -q 'data-build="2"' "$work/body"
fetch /_charterc/status >/dev/null
check "the status names the changed file" grep -qF '"changed":["charters/charter.md"]' "$work/body"

# A new error reaches the diagnostics with its file and line; the page
# keeps its last good version.
printf -- '- We answer letters within {{ no.such.fact }}. {#letters}\n' >>"$project/charters/charter.md"
error_line=$(grep -n 'no.such.fact' "$project/charters/charter.md" | cut -d: -f1)
check "an error gives build 3" wait_for_build 3
fetch '/_charterc/diagnostics?page=en/charter.html' >/dev/null
check "the diagnostics name the error's file and line" grep -qF "\"severity\":\"error\",\"file\":\"charters/charter.md\",\"line\":$error_line," "$work/body"
check "the diagnostics hold that error only" test "$(grep -o '"severity":' "$work/body" | wc -l)" = 1
check "the diagnostics say the page is withheld" grep -qF '"withheld":true' "$work/body"
fetch '/_charterc/diagnostics?page=fr/charter.html' >/dev/null
check "a page the project does not have has no diagnostics" grep -qF '"kind":"other"' "$work/body"
fetch /en/charter.html >/dev/null
check "the withheld page keeps its last good version" grep -q "Our Renamed Charter" "$work/body"
check "the last good version has no new text" test -z "$(grep -l letters "$work/body")"
fetch /_charterc/status >/dev/null
check "the status counts the error" grep -qF '"errors":1,' "$work/body"

# A document that never built: its page lists its errors instead of a 404.
printf -- '---\ntitle: [unclosed\n---\n\nText.\n' >"$project/charters/broken.md"
check "a new document gives build 4" wait_for_build 4
check "a withheld page is explained" test "$(fetch /en/broken.html)" = 200
check "the explanation lists the error at its place" grep -q '<code>charters/broken.md:2:[0-9]*</code>: error\[E[0-9]*\]' "$work/body"
check "the explanation reloads with the builds" grep -q 'data-page="en/broken.html"' "$work/body"
check "the explanation has a policy forbidding other scripts" grep -q "script-src http://127.0.0.1:$port/_charterc/live.js" <(header Content-Security-Policy)
check "no file is written for the withheld page" test ! -e "$project/out/en/broken.html"
check "a page nobody makes is 404" test "$(fetch /en/nothing.html)" = 404

# Folders created while serving are watched: locales/ (absent at the start)
# and a folder inside it.
mkdir -p "$project/locales/fr/notes"
check "a new input folder gives build 5" wait_for_build 5
printf 'Glossary for the translators.\n' >"$project/locales/fr/notes/glossary.txt"
check "a file in a new folder is rebuilt" wait_for_change locales/fr/notes/glossary.txt

# Nothing outside the output folder, however it is asked for.
check "/../ is refused" test "$(fetch /../charterc.yaml)" = 403
check "/%2e%2e/ is refused" test "$(fetch /%2e%2e/charterc.yaml)" = 403
check "/%2e%2e%2f is refused" test "$(fetch /%2e%2e%2fcharterc.yaml)" = 403
check "a deeper .. is refused" test "$(fetch /en/%2E%2E/%2e%2e/charters/charter.md)" = 403
check "a backslash is refused" test "$(fetch '/..%5ccharterc.yaml')" = 403
ln -s ../charterc.yaml "$project/out/leak.yaml"
ln -s /etc "$project/out/etc"
check "a symlink out of the folder is refused" test "$(fetch /leak.yaml)" = 403
check "a symlinked folder out of the folder is refused" test "$(fetch /etc/hostname)" = 403
check "the build state is not served" test "$(fetch /.charterc/)" = 404
check "a folder redirects to its index" test "$(fetch /en)" = 302
check "a folder without an index is not listed" test "$(fetch /en/)" = 404
check "a folder listing shows no file names" test -z "$(grep -l 'charter.html' "$work/body")"
check "another Host (DNS rebinding) is refused" test "$(fetch /en/charter.html -H "Host: rebind.example:$port")" = 403
check "localhost is accepted" test "$(fetch /en/charter.html -H "Host: localhost:$port")" = 200
check "POST is refused" test "$(fetch /en/charter.html -X POST -d x=1)" = 405

# Listening on the loopback address only (127.0.0.1 is 0100007F in /proc).
port_hex=$(printf '%04X' "$port")
listeners=$(awk -v p=":$port_hex" '$4 == "0A" && substr($2, length($2) - 4) == p { print $2 }' /proc/net/tcp /proc/net/tcp6)
check "it listens on 127.0.0.1 only" test "$listeners" = "0100007F:$port_hex"

# A port in use is a clear error.
"$charterc" serve "$project" --port "$port" >/dev/null 2>"$work/taken.log"
check "a port in use exits 2" test $? = 2
check "a port in use suggests --port" grep -q "port is in use.*--port" "$work/taken.log"

# SIGINT stops it cleanly.
kill -INT "$server"
wait "$server"
code=$?
server=""
check "SIGINT exits 0" test "$code" = 0
check "SIGINT says it stopped" grep -q "^stopped$" "$work/serve.log"
check "no temporary file is left in out/" test -z "$(find "$project/out" -name '*.tmp*')"

finish
