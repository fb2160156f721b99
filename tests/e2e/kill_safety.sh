#!/usr/bin/env bash
# Issue 17 item 6: `charterc build` killed with SIGKILL at random moments
# never leaves a truncated output, and the next build cleans up after it
# (docs/safety.md). Every kill is followed by checks on what it left:
#   - every final file is absent or complete: HTML ends with </html>, JSON
#     parses, EPUB (a zip) and PDF are whole, and the build state reads;
# and, after the rebuild that follows every few kills and at the end:
#   - the rebuild succeeds and leaves no temporary file (*.tmp<pid>);
#   - no browser profile folder of a killed run is left;
#   - the output equals a clean build's, byte for byte.
# The sample project is built in HTML, text, EPUB and JSON; when Chromium is
# installed a small project is also built and killed with PDFs.
# Usage: kill_safety.sh CHARTERC [KILLS]   (default 50 HTML kills + 10 PDF kills)
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23
charterc=$(realpath "$1")
kills=${2:-50}
repo=$(realpath "$(dirname "$0")/../..")
work=$(mktemp -d)
# Profile folders go to this run's own temporary folder, so only ours are counted.
export TMPDIR=$work/tmp
mkdir -p "$TMPDIR"
trap 'rm -rf "$work"' EXIT
source "$(dirname "$(realpath "$0")")/check.sh"
RANDOM=17  # the same moments on every run; change KILLS to try others

# Every final file in OUT is complete; prints what is not. Temporary files
# (<name>.tmp<pid>) are allowed here: the next build removes them.
incomplete_files() {  # incomplete_files OUT
  python3 - "$1" <<'EOF'
import json, os, sys, zipfile
out = sys.argv[1]
for folder, _, names in os.walk(out):
    for name in names:
        path = os.path.join(folder, name)
        stem, dot, tail = name.rpartition(".tmp")
        if dot and stem and tail.isdigit():
            continue
        data = open(path, "rb").read()
        ok = True
        if name.endswith(".html") and "/fragments/" in path:  # an article to embed
            ok = data.startswith(b"<article") and data.rstrip().endswith(b"</article>")
        elif name.endswith(".html"):
            ok = data.rstrip().endswith(b"</html>")
        elif name.endswith(".json"):
            try:
                json.loads(data)
            except ValueError:
                ok = False
        elif name.endswith(".epub"):
            try:
                ok = zipfile.ZipFile(path).testzip() is None
            except zipfile.BadZipFile:
                ok = False
        elif name.endswith(".pdf"):
            ok = data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
        elif name == "state":  # output/build_state.h: a header, ..., complete, stdout, stderr
            ok = b"charterc-state\t" in data and b"\ncomplete\t" in data and data.endswith(b"\n")
        elif name == "readings":
            ok = len(data) > 0
        if not ok:
            print(path)
EOF
}

temp_files() { find "$1" -name '*.tmp[0-9]*' | wc -l; }
profile_folders() { find "$TMPDIR" -maxdepth 1 -name 'charterc-browser-*' | wc -l; }

# The build state reads: explain would say "cannot be used" otherwise.
state_reads() {  # state_reads PROJECT
  ! (cd "$1" && "$charterc" explain . 2>&1) | grep -q "cannot be used\|cannot be read"
}

# A change to charterc.yaml that every output depends on (a comment), so
# each killed build has the whole site to write again.
touch_config() {  # touch_config PROJECT N
  sed -i '/^# kill /d' "$1/charterc.yaml"
  echo "# kill $2" >>"$1/charterc.yaml"
}

# Kills `charterc build ARGS` in PROJECT at a random moment of a build that
# takes MILLISECONDS: every other kill anywhere in it, the others in its
# second half, where the outputs are written (loading comes first).
kill_build() {  # kill_build PROJECT MILLISECONDS ARGS...
  local project=$1 span=$2 ms
  shift 2
  (cd "$project" && exec "$charterc" build . "$@" >/dev/null 2>&1) &
  local pid=$!
  ms=$((RANDOM % span))
  [ $((RANDOM % 2)) = 0 ] && ms=$((span / 2 + ms / 2))
  sleep "$(awk -v ms=$ms 'BEGIN { printf "%.3f", ms / 1000 }')"
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
}

# Builds PROJECT to completion (with ARGS) and checks it is clean afterwards.
rebuild_and_check() {  # rebuild_and_check NAME PROJECT REFERENCE ARGS...
  local name=$1 project=$2 reference=$3
  shift 3
  sleep 0.5  # a killed run's browser notices its closed pipe and exits
  cp "$work/config.yaml" "$project/charterc.yaml"
  (cd "$project" && "$charterc" build . "$@" >/dev/null 2>"$work/rebuild.txt")
  local status=$?
  check "$name: the rebuild succeeds (exit $status)" test $status -le 1
  check "$name: no temporary file is left" test "$(temp_files "$project/out")" = 0
  check "$name: no profile folder is left" test "$(profile_folders)" = 0
  check "$name: the output equals a clean build's" diff -r -x .charterc "$reference" "$project/out"
}

# Runs KILLS killed builds of PROJECT, rebuilding every EVERY kills.
kill_loop() {  # kill_loop NAME PROJECT REFERENCE KILLS SPAN_MS ARGS...
  local name=$1 project=$2 reference=$3 count=$4 span=$5
  shift 5
  local broken=0 left_temp=0
  for ((i = 1; i <= count; i++)); do
    touch_config "$project" "$i"
    # Some kills hit a first build into an empty folder.
    [ $((i % 7)) = 0 ] && rm -rf "$project/out"
    kill_build "$project" "$span" "$@"
    [ -d "$project/out" ] || continue
    local bad
    bad=$(incomplete_files "$project/out")
    [ -n "$bad" ] && { echo "after kill $i: incomplete: $bad"; broken=$((broken + 1)); }
    # charterc itself reads the state back every few kills (it takes a load).
    if [ $((i % 5)) = 0 ] && ! state_reads "$project"; then
      echo "after kill $i: the build state does not read"
      broken=$((broken + 1))
    fi
    [ "$(temp_files "$project/out")" != 0 ] && left_temp=$((left_temp + 1))
    [ $((i % 10)) = 0 ] && rebuild_and_check "$name kill $i" "$project" "$reference" "$@"
  done
  echo "$name: $count kills, $left_temp left temporary files (removed by the next build)"
  check "$name: no kill left an incomplete final file or an unreadable state" test $broken = 0
  rebuild_and_check "$name final" "$project" "$reference" "$@"
}

# The clean reference build, and how long a build takes (the kills fall in it).
reference_build() {  # reference_build PROJECT REFERENCE ARGS... ; prints milliseconds
  local project=$1 reference=$2
  shift 2
  local start end
  start=$(date +%s%N)
  (cd "$project" && "$charterc" build . "$@" >/dev/null 2>&1)
  end=$(date +%s%N)
  cp -r "$project/out" "$reference"
  rm -rf "$project/out"
  echo $(((end - start) / 1000000 + 50))
}

# --- The sample project: HTML, text, EPUB, JSON ------------------------------
export CHARTERC_CHROMIUM=/nonexistent/chromium
mkdir -p "$work/sample"
cp -r "$repo/charters" "$repo/locales" "$repo/data" "$repo/charterc.yaml" "$work/sample/"
cp "$work/sample/charterc.yaml" "$work/config.yaml"
span=$(reference_build "$work/sample" "$work/sample-reference" --format html,txt,epub,json)
echo "sample build: $span ms"
kill_loop sample "$work/sample" "$work/sample-reference" "$kills" "$span" --format html,txt,epub,json

# --- A small project with PDFs, when Chromium is installed -------------------
unset CHARTERC_CHROMIUM
if command -v chromium >/dev/null; then
  mkdir -p "$work/pdf"
  cp -r "$repo/charters" "$repo/locales" "$repo/data" "$work/pdf/"
  cp "$repo/charterc.yaml" "$work/config.yaml"
  cp "$work/config.yaml" "$work/pdf/charterc.yaml"
  span=$(reference_build "$work/pdf" "$work/pdf-reference" --format html,pdf)
  echo "PDF build: $span ms"
  kill_loop pdf "$work/pdf" "$work/pdf-reference" 10 "$span" --format html,pdf
  check "no browser outlived the kills" test -z "$(pgrep -f "user-data-dir=$TMPDIR/charterc-browser" || true)"
else
  echo "chromium not installed: PDF kills skipped"
fi

finish
