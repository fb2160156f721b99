#!/usr/bin/env bash
# charterc's benchmark: measures, in one run, what issue 15's goals name, and
# writes the ratios to bench/RESULTS.md. Nothing here asserts a time.
#
#   bash bench/run.sh [OPTIONS] [CHARTERC]        (default CHARTERC: build/charterc)
#
#   --docs N        documents in the main corpus (default 1000, each in en, fr, cy)
#   --rounds N      rounds per measurement; medians are reported (default 5)
#   --seed S        corpus seed (default 1); the same seed gives the same corpus
#   --big-docs N    the second corpus for peak memory (default 4000; 0 skips it)
#   --pdf-docs N    documents of the PDF corpus (default 20; 0 skips PDFs)
#   --pandoc-docs N documents whose files Pandoc converts one by one (default 20)
#   --results FILE  where to write the report (default bench/RESULTS.md)
#   --note TEXT     a line for the report's header (say why timings may be noisy)
#   --corpus-gen P, --floor P   the bench programs (default: next to CHARTERC,
#                   under bench/; built with cmake --build when missing)
#   --smoke         CI: a tiny corpus, one round, no PDF or big corpus, report to
#                   stdout; fails when charterc fails or the corpus is not
#                   deterministic
#
# Every charterc build must exit 0 (the generated corpus has warnings, no
# errors); anything else stops the run with exit status 1. Peers that are not
# installed (hugo, pandoc, chromium, GNU time) are skipped and the report
# says so. See bench/README.md for what each number means.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
here="$root/bench"
# shellcheck source=bench/lib.sh
source "$here/lib.sh"
# shellcheck source=bench/report.sh
source "$here/report.sh"

docs=1000 rounds=5 seed=1 big_docs=4000 pdf_docs=20 pandoc_docs=20 smoke=0
results="$here/RESULTS.md" note="" corpus_gen="" floor="" charterc=""
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --big-docs) big_docs=$2; shift 2 ;;
    --pdf-docs) pdf_docs=$2; shift 2 ;;
    --pandoc-docs) pandoc_docs=$2; shift 2 ;;
    --results) results=$2; shift 2 ;;
    --note) note=$2; shift 2 ;;
    --corpus-gen) corpus_gen=$2; shift 2 ;;
    --floor) floor=$2; shift 2 ;;
    --smoke) smoke=1; shift ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) charterc=$1; shift ;;
  esac
done
if [ "$smoke" = 1 ]; then
  docs=6 rounds=1 big_docs=0 pdf_docs=0 pandoc_docs=1 results=""
fi
charterc=$(realpath "${charterc:-$root/build/charterc}")
[ -x "$charterc" ] || { echo "run.sh: no charterc at $charterc" >&2; exit 2; }
build_dir=$(dirname "$charterc")
corpus_gen=${corpus_gen:-$build_dir/bench/charterc_bench_corpus}
floor=${floor:-$build_dir/bench/charterc_bench_cmark_floor}
ensure_bench_programs "$build_dir" "$corpus_gen" "$floor"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

if [ "$smoke" = 1 ]; then check_generator "$corpus_gen" "$work/determinism"; fi
say "generating $docs documents (seed $seed)"
"$corpus_gen" --out "$work/corpus" --docs "$docs" --seed "$seed" >/dev/null
corpus="$work/corpus"
measure_charterc "$corpus" "$work/out" "$rounds"
measure_floor "$corpus/project/charters" "$work/floor" "$rounds"
measure_hugo "$corpus/hugo" "$work/hugo-out" "$rounds"
measure_pandoc "$corpus/markdown" "$pandoc_docs" "$work/pandoc" "$rounds"
measure_big "$big_docs" "$seed" "$work/big"
measure_pdf "$pdf_docs" "$seed" "$work/pdf" "$rounds"

load_end=$(cut -d' ' -f1-3 /proc/loadavg)
if [ -n "$results" ]; then
  write_report >"$results"
  say "wrote $results"
else
  write_report
fi
