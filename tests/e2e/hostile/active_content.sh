#!/usr/bin/env bash
# Issue 17: no active content from any input. make_projects.py writes a
# project holding over a hundred injection payloads (payloads.py) in every
# input channel: charterc.yaml's title and base-url, front-matter title,
# summary and owner, headings, paragraphs, list items, quotes, emphasis,
# table cells, link texts, addresses and titles, reference links, ids,
# facts' labels, a Markdown translation, a PO and an XLIFF translation
# (fill_translations.py), interface strings (ui.yaml, the PDF page counter
# among them), and file names; and one small project per
# base-url payload. Every format is built (PDFs too, with a title aimed at
# the print stylesheet), while a local HTTP server counts every request
# that reaches it. Then:
# - active_content.mjs loads every HTML page, fragment and EPUB chapter in
#   headless Chromium with hooks on script execution, dialogs and network
#   requests, checks the markup and each page's Content-Security-Policy,
#   and clicks every link whose address is not a plain one;
# - every PDF's link annotations must be http(s), mailto, tel or within
#   the file, and no CSS a title injected may show in its text;
# - the server must have seen no request at all (the build's Chromium
#   prints with its network off).
# Usage: active_content.sh CHARTERC REPO_ROOT
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}
charterc=$(realpath "$1")
root=$(realpath "$2")
here=$(dirname "$(realpath "$0")")
chromium=${CHARTERC_TEST_CHROMIUM:-/usr/bin/chromium}
[ -d "$root/tests/tools/node_modules/playwright-core" ] ||
  { echo "playwright-core missing: run 'bash scripts/dev.sh test' (it runs npm ci in tests/tools)"; exit 1; }
[ -x "$chromium" ] || { echo "Chromium missing at $chromium: apt-get install chromium"; exit 1; }
work=$(mktemp -d)
server_pid=
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The listener every payload's address points at: any request is a failure.
mkdir -p "$work/www"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/www" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 50); do grep -q "Serving HTTP" "$work/server.log" && break; sleep 0.1; done

python3 "$here/make_projects.py" "$work" "http://127.0.0.1:$port" || exit 1
"$charterc" po export --lang de "$work/main" -q 2>/dev/null
"$charterc" xliff extract --lang it "$work/main" -q 2>/dev/null
find "$work/main/locales" -type f \( -name '*.po' -o -name '*.xlf' \) ! -name 'translated.*' -delete
python3 "$here/fill_translations.py" "$work" || exit 1

# The build's browser is a wrapper that notes the arguments charterc
# starts Chromium with, so the network-off ones can be tried below.
printf '#!/bin/sh\nprintf "%%s\\n" "$@" >"%s"\nexec "%s" "$@"\n' "$work/chromium-args.txt" "$chromium" >"$work/chromium"
chmod +x "$work/chromium"
CHARTERC_CHROMIUM=$work/chromium "$charterc" build "$work/main" -o "$work/main-out" \
  --format html,txt,epub,pdf,json,report,evidence --bilingual cy,en 2>"$work/main.txt"
code=$?
# Warnings (raw HTML and unsafe links dropped) and errors (base-url, ids)
# are expected; a crash is not, and every other document must be written.
[ $code -le 1 ] || { tail -20 "$work/main.txt"; fail "build of the main project exited $code"; }
grep -q "^wrote [0-9]* of [0-9]* documents" "$work/main.txt" || { tail -5 "$work/main.txt"; fail "main build wrote nothing"; }
ls "$work"/main-out/*/*.pdf >/dev/null 2>&1 || fail "no PDF was printed"
# The page holding most payloads must be published, or the test tests little.
[ -f "$work/main-out/en/channels.html" ] || { grep "channels.md" "$work/main.txt" | head -5; fail "channels.md was withheld"; }
grep -q "paths.md:.*error\[E1405\]" "$work/main.txt" || fail "no E1405 for a file: link"
[ -f "$work/main-out/en/paths.html" ] && fail "paths.md, with links out of the project, was published"
for project in "$work"/base-*; do
  CHARTERC_CHROMIUM=/nonexistent "$charterc" build "$project" -o "$project-out" --format html,epub,json \
    2>"$project.txt"
  code=$?
  [ $code -le 1 ] || fail "build of $(basename "$project") exited $code"
done

# EPUBs are opened like a reading system would: every file of the book.
while IFS= read -r -d '' epub; do
  mkdir -p "$epub.d" && unzip -q -o "$epub" -d "$epub.d" || fail "cannot unzip $epub"
done < <(find "$work" -name '*.epub' -print0)

mapfile -d '' files < <(find "$work"/*-out \( -name '*.html' -o -name '*.xhtml' \) -print0 | sort -z)
echo "loading ${#files[@]} HTML and XHTML files in Chromium"
[ ${#files[@]} -gt 100 ] || fail "only ${#files[@]} pages were written"
CHARTERC_TEST_CHROMIUM=$chromium node "$here/active_content.mjs" "$work" "${files[@]}" >"$work/browser.txt" 2>&1 ||
  fail "active content in the pages"
tail -1 "$work/browser.txt"
grep -v '^[0-9]* files:' "$work/browser.txt" | head -40
# What ran or was fetched, by payload, whatever page it was on.
grep -E ': (script ran|dialog|network request): ' "$work/browser.txt" | sed 's/^.*: \(script ran\|dialog\|network request\): /\1: /' |
  sort | uniq -c | sort -rn | head -20

# PDFs: every link annotation's address, and the text.
python3 - "$work" <<'PY' || failures=$((failures + 1))
import glob, re, subprocess, sys, zlib
work = sys.argv[1]
bad, uris, injected = [], 0, []
for pdf in sorted(glob.glob(f"{work}/*-out/**/*.pdf", recursive=True)):
    data = open(pdf, "rb").read()
    chunks = [data]
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            chunks.append(zlib.decompress(m.group(1)))
        except zlib.error:
            pass
    for chunk in chunks:
        for m in re.finditer(rb"/URI\s*\((.*?)(?<!\\)\)", chunk, re.S):
            uri = m.group(1).decode("latin-1").strip().lower()
            uris += 1
            if not re.match(r"(https?|mailto|tel):", uri):
                bad.append(f"{pdf[len(work) + 1:]}: link annotation {m.group(1)[:80]!r}")
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    if "CSSPWN" in text:
        injected.append(f"{pdf[len(work) + 1:]}: text from an injected style rule: "
                        + text[text.index("CSSPWN") - 20:text.index("CSSPWN") + 20].replace("\n", " "))
for line in bad + injected:
    print(line)
print(f"PDFs: {uris} link annotations, {len(bad)} with another scheme; {len(injected)} with injected CSS text")
sys.exit(1 if bad or injected else 0)
PY

requests=$(grep -c '"GET \|"POST \|"HEAD ' "$work/server.log")
echo "local server: $requests requests"
[ "$requests" = 0 ] || { grep '"GET \|"POST \|"HEAD ' "$work/server.log" | head -5; fail "the outputs or the build reached the network"; }

# Chromium started as charterc starts it (minus the DevTools pipe and its
# blank page) must not reach a server on loopback; started without those
# arguments it does, so the probe itself works.
probe() {  # probe NAME ARGS...: loads the server's /NAME with ARGS
  local name=$1
  shift
  timeout 60 "$chromium" "$@" --no-sandbox --user-data-dir="$work/probe-profile-$name" \
    --dump-dom "http://127.0.0.1:$port/$name" >/dev/null 2>&1
}
if [ -s "$work/chromium-args.txt" ]; then
  mapfile -t network_off < <(grep -v -e '^--remote-debugging-pipe$' -e '^--user-data-dir=' -e '^about:blank$' \
                               -e '^--no-sandbox$' "$work/chromium-args.txt")
  probe network-off "${network_off[@]}"
  probe network-on --headless
  if ! grep -q 'GET /network-on ' "$work/server.log"; then
    fail "the network probe does not work: a plain Chromium reached nothing"
  elif grep -q 'GET /network-off ' "$work/server.log"; then
    fail "Chromium started with charterc's ${#network_off[@]} arguments reached the local server"
  else
    echo "network probe: Chromium with charterc's ${#network_off[@]} arguments did not reach 127.0.0.1; without them it did"
  fi
else
  fail "charterc never started Chromium"
fi

payloads=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["numbered"]))' "$work/payloads.json")
echo "$payloads payloads"
[ "$payloads" -ge 100 ] || fail "fewer than 100 payloads"
[ $failures = 0 ] && echo "no active content"
exit $((failures > 0))
