#!/usr/bin/env bash
# Compares charterc with its peers on the same Markdown, in one run, as ratios.
#   bash bench/run.sh [CHARTERC] [COPIES] [ROUNDS]
# Makes a project of COPIES copies of the sample charters (default 50) and
# times, best of ROUNDS (default 3):
#   charterc build     parse, check, render and write every page
#   charterc check     parse and check only
#   cmark-gfm          raw Markdown to HTML fragments, no checking (package cmark-gfm)
#   pandoc             Markdown to standalone HTML (package pandoc)
# Peers that are not installed are skipped. Nothing here asserts a time:
# the numbers are for people, and CI only runs a tiny smoke version.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
charterc=$(realpath "${1:-$root/build/charterc}")
copies=${2:-50}
rounds=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/project/charters"
cp "$root/charters/facts.yaml" "$work/project/charters/"
for i in $(seq 1 "$copies"); do
  for doc in "$root"/charters/*.md; do
    name=$(basename "$doc" .md)
    # Refs between documents name the copy they belong to.
    sed -E "s/\b(charter|care-statement|standards|lending-policy)(#|\.md)/\1-$i\2/g" \
      "$doc" >"$work/project/charters/$name-$i.md"
  done
done
files=("$work"/project/charters/*.md)
bytes=$(cat "${files[@]}" | wc -c)

now() { date +%s%N; }
best_of() {  # best_of COMMAND... -> prints the best wall time in ms
  local best=""
  for _ in $(seq 1 "$rounds"); do
    local start end
    start=$(now)
    "$@" >/dev/null 2>&1 || true
    end=$(now)
    local ms=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}

run_cmark() { for f in "${files[@]}"; do cmark-gfm -e table -e strikethrough -e autolink -e tagfilter "$f"; done; }
run_pandoc() { for f in "${files[@]}"; do pandoc -f gfm -t html5 -s --metadata title=x "$f"; done; }

echo "documents: ${#files[@]}, Markdown: $((bytes / 1024)) KiB, best of $rounds"
build_ms=$(best_of "$charterc" build "$work/project" -o "$work/out" -q)
check_ms=$(best_of "$charterc" check "$work/project" -q)
printf '%-22s %8s ms\n' "charterc build" "$build_ms" "charterc check" "$check_ms"
for peer in cmark-gfm pandoc; do
  if ! command -v "$peer" >/dev/null; then
    echo "$peer: not installed, skipped (apt-get install $peer)"
    continue
  fi
  if [ "$peer" = cmark-gfm ]; then ms=$(best_of run_cmark); else ms=$(best_of run_pandoc); fi
  ratio=$(awk -v a="$build_ms" -v b="$ms" 'BEGIN { if (b == 0) b = 1; printf "%.2f", a / b }')
  printf '%-22s %8s ms   charterc build / %s = %s\n' "$peer" "$ms" "$peer" "$ratio"
done
echo "note: cmark-gfm and pandoc run once per file (one process each), as a site build script would call them"
