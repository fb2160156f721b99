#!/usr/bin/env bash
# Issue 17: one-document analysis is linear in the input. For each shape of
# document (make_project.py), `charterc check` is run under callgrind on a
# document of SIZE bytes and on one twice as long, and the instructions it
# executed (work counted, not time, so a busy machine cannot fail or pass
# it) must at most grow by MAX_RATIO, after subtracting the instructions of
# a one-line document (start-up: ICU, lexicons, frameworks).
# The default size is where main's quadratic steps showed (bdf15c9): a
# document of many blocks, 256 KB then 512 KB, +1,285 M then +3,709 M
# instructions (ratio 2.89; 2.00 now); a PO translation, 128/256/512 KB,
# 1.4/4.4/16.1 s (now 0.4/0.7/1.1 s). At 64 KB they hide under start-up.
# A results file (shape results) was quadratic in its rows for one standard
# until the duplicate-period check used an index: 245,000 rows took 38 s.
# Usage: run.sh CHARTERC [SIZE] [MAX_RATIO]   (LINEAR_SHAPES="a b" picks shapes)
set -uo pipefail
charterc=$(realpath "$1")
size=${2:-262144}
max_ratio=${3:-2.5}
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v valgrind >/dev/null || { echo "valgrind is needed (tests/tools/requirements.txt)"; exit 1; }

# Instructions executed by `charterc check` on a project.
instructions() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$charterc" check "$1" -q \
    >/dev/null 2>"$work/callgrind.txt"
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/callgrind.txt"
}

status=0
for shape in ${LINEAR_SHAPES:-paragraph blocks numbers misplaced translation results}; do
  python3 "$here/make_project.py" "$shape" 1 "$work/$shape-base"
  python3 "$here/make_project.py" "$shape" "$size" "$work/$shape-1"
  python3 "$here/make_project.py" "$shape" $((2 * size)) "$work/$shape-2"
  base=$(instructions "$work/$shape-base")
  once=$(instructions "$work/$shape-1")
  twice=$(instructions "$work/$shape-2")
  if [ -z "$base" ] || [ -z "$once" ] || [ -z "$twice" ]; then
    echo "$shape: no instruction count"; cat "$work/callgrind.txt"; status=1; continue
  fi
  verdict=$(python3 -c "
once, twice, base = $once - $base, $twice - $base, $base
ratio = twice / once
print(f'{ratio:.2f}', 'ok' if ratio < $max_ratio else 'NOT LINEAR')")
  echo "$shape: start-up $base, $size bytes +$((once - base)), $((2 * size)) bytes +$((twice - base)) instructions: ratio $verdict"
  case $verdict in *NOT*) status=1 ;; esac
done
exit $status
