#!/usr/bin/env bash
# Golden end-to-end tests: each folder under tests/golden/ holds
#   project/            a charter project (input)
#   args                optional: arguments for `charterc build .` (default: -o out)
#   chromium            optional: the browser to use (CHARTERC_CHROMIUM), "./x" meaning a
#                       file of the case; by default none, so no case depends on this machine
#   expected/stderr.txt what charterc prints (diagnostics and summary)
#   expected/exit-code  its exit code
#   expected/out/       every HTML, JSON and plain-text file it writes (the stylesheet is not compared);
#                       absent when the case writes no HTML (git keeps no empty folders)
# Usage: run.sh CHARTERC CASE_DIR [--autoupdate]
# With --autoupdate the expected files are rewritten from the actual output;
# review the change with `git diff tests/golden`.
set -uo pipefail
# "Today" is pinned (reproducible-builds convention), so review-date
# warnings do not appear in the expected output as the calendar moves on.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23
# No browser unless the case names one, so the cases do not depend on
# whether this machine has one: they show the note a build without
# Chromium gives (real PDFs are tested by tests/e2e/pdf.sh).
export CHARTERC_CHROMIUM=/nonexistent/chromium
charterc=$(realpath "$1")
case_dir=$(realpath "$2")
update=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp -r "$case_dir/project" "$work/project"
args="-o out"
[ -f "$case_dir/args" ] && args=$(cat "$case_dir/args")
if [ -f "$case_dir/chromium" ]; then
  CHARTERC_CHROMIUM=$(cat "$case_dir/chromium")
  case $CHARTERC_CHROMIUM in ./*) CHARTERC_CHROMIUM=$case_dir/${CHARTERC_CHROMIUM#./} ;; esac
fi
(cd "$work/project" && "$charterc" build . $args >"$work/stdout.txt" 2>"$work/stderr.txt")
echo $? >"$work/exit-code"
mkdir -p "$work/out"
if [ -d "$work/project/out" ]; then
  (cd "$work/project/out" && find . \( -name '*.html' -o -name '*.json' -o -name '*.txt' \) -print0 | xargs -0 -r cp --parents -t "$work/out")
fi

if [ "$update" = "--autoupdate" ]; then
  rm -rf "$case_dir/expected"
  mkdir -p "$case_dir/expected"
  cp "$work/stderr.txt" "$work/exit-code" "$case_dir/expected/"
  [ -n "$(ls -A "$work/out")" ] && cp -r "$work/out" "$case_dir/expected/out"
  echo "updated $(basename "$case_dir")"
  exit 0
fi

status=0
diff -u "$case_dir/expected/exit-code" "$work/exit-code" || status=1
diff -u "$case_dir/expected/stderr.txt" "$work/stderr.txt" || status=1
expected_out="$case_dir/expected/out"
[ -d "$expected_out" ] || { expected_out="$work/none"; mkdir -p "$expected_out"; }
diff -ru "$expected_out" "$work/out" || status=1
[ $status = 0 ] && echo "golden $(basename "$case_dir"): ok"
exit $status
