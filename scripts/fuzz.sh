#!/usr/bin/env bash
# Builds the libFuzzer harnesses of fuzz/ with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in their own build folder, and runs each one for
# a given time, one after the other (docs/fuzzing.md).
#
#   bash scripts/fuzz.sh                     every harness, 10 minutes each
#   bash scripts/fuzz.sh --time 30 po xliff  two harnesses, 30 seconds each
#   bash scripts/fuzz.sh --build-only        build the harnesses and stop
#   bash scripts/fuzz.sh --tests --time 30   first build everything and run the
#                                            whole test suite under ASan+UBSan,
#                                            then every harness 30 s (what CI runs)
#   bash scripts/fuzz.sh --tests --time 0    the whole suite only (dev.sh sanitize)
#
# New inputs that reach new code go to <build>/fuzz-corpus/<harness>/ (the
# committed seeds in fuzz/corpus/<harness>/ are only read); a crash, leak,
# hang or out-of-memory input is saved in <build>/fuzz-findings/<harness>/,
# named after its kind, and the script exits 1. Reproduce one with
#   <build>/fuzz/fuzz_<harness> <build>/fuzz-findings/<harness>/crash-...
# Environment: FUZZ_BUILD_DIR (default build-fuzz), CMAKE_BUILD_PARALLEL_LEVEL.
set -euo pipefail
cd "$(dirname "$0")/.."

ALL_HARNESSES=(attribute_block markdown markdown_translation facts config framework lexicon ui_strings xliff po
  results_csv theme_template baseline build_state readings)
build_dir=${FUZZ_BUILD_DIR:-build-fuzz}
seconds=600
mode=fuzz
suite=no
harnesses=()
while [ $# -gt 0 ]; do
  case "$1" in
    --time) seconds=$2; shift 2 ;;
    --build-only) mode=build; shift ;;
    --tests) suite=yes; shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) harnesses+=("$1"); shift ;;
  esac
done
[ ${#harnesses[@]} -gt 0 ] || harnesses=("${ALL_HARNESSES[@]}")

dictionary_of() {
  case "$1" in
    attribute_block|markdown|markdown_translation) echo fuzz/dict/markdown.dict ;;
    xliff) echo fuzz/dict/xliff.dict ;;
    po) echo fuzz/dict/po.dict ;;
    results_csv) echo fuzz/dict/csv.dict ;;
    theme_template) echo fuzz/dict/xhtml.dict ;;
    baseline) echo fuzz/dict/json.dict ;;
    build_state) echo fuzz/dict/state.dict ;;
    readings) ;;  # binary: no tokens to give
    *) echo fuzz/dict/yaml.dict ;;
  esac
}

configure() {
  # -O1: the usual level for sanitizers (fast enough to fuzz, quicker to
  # compile than -O2); assertions stay on (no NDEBUG), so a broken invariant
  # is a finding too. The bench programs are not needed here.
  if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" -DCMAKE_CXX_COMPILER=clang++ \
      -DCHARTERC_FUZZ=ON -DCHARTERC_BENCH=OFF "${launcher[@]}" >/dev/null
  fi
}

# Sanitizer reports stop the program with a stack; leaks are checked at exit.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Leaks inside Debian libraries that charterc cannot free (fuzz/lsan.supp).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0}

configure
if [ "$suite" = yes ]; then
  # Every test, built instrumented: unit tests, golden cases, end-to-end
  # checks (they run the instrumented charterc) and the replay of every seed
  # and regression input through its harness. A sanitizer report fails the
  # test that ran it. In parallel: the tests are independent, and ASan makes
  # the browser and Java checks slower.
  cmake --build "$build_dir"
  ctest --test-dir "$build_dir" --output-on-failure -j "${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}"
else
  targets=()
  for harness in "${harnesses[@]}"; do targets+=("fuzz_$harness"); done
  cmake --build "$build_dir" --target "${targets[@]}"
fi
if [ "$mode" = build ] || [ "$seconds" = 0 ]; then exit 0; fi

findings=0
summary=()
for harness in "${harnesses[@]}"; do
  corpus="$build_dir/fuzz-corpus/$harness"
  artifacts="$build_dir/fuzz-findings/$harness"
  log="$build_dir/fuzz-logs/$harness.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  # Inputs of fixed findings run first, with the seeds (fuzz/regressions/).
  regressions=()
  [ -d "fuzz/regressions/$harness" ] && regressions=("fuzz/regressions/$harness")
  echo "== fuzz_$harness for ${seconds} s"
  # -timeout: one input taking 20 s is a hang; -rss_limit_mb: 2 GB is far
  # beyond any honest charter. The fuzzer stops at its first finding.
  status=0
  # -entropic=0 for the harnesses that run the whole pipeline: one run of
  # theirs reaches about 50,000 coverage features, and libFuzzer's entropic
  # schedule updates a frequency per feature per run, which took 42 % of the
  # time (measured with perf); without it they run 2.3 times as many inputs
  # and reach more features in the same time.
  entropic=0
  case "$harness" in attribute_block|build_state|readings) entropic=1 ;; esac
  dictionary=()
  dict_file=$(dictionary_of "$harness")
  [ -n "$dict_file" ] && dictionary=(-dict="$dict_file")
  "$build_dir/fuzz/fuzz_$harness" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -entropic=$entropic \
    "${dictionary[@]}" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    "$corpus" "fuzz/corpus/$harness" "${regressions[@]}" >"$log" 2>&1 || status=$?
  # (|| true: a run that stopped at once has no statistics.)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  coverage=$({ grep -o 'cov: [0-9]*' "$log" || true; } | tail -1 | cut -d' ' -f2)
  units=$({ grep -o 'corp: [0-9]*' "$log" || true; } | tail -1 | cut -d' ' -f2)
  if [ "$status" != 0 ]; then
    findings=$((findings + 1))
    echo "   FINDING (exit $status): $(ls "$artifacts" | tr '\n' ' ')"
    # The report itself, for a CI log that outlives the build folder.
    grep -m1 -A30 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:' "$log" || tail -30 "$log"
    echo "   log: $log"
  fi
  summary+=("$(printf '%-22s %10s execs %8s/s  cov %6s  corpus %5s units  %s' "$harness" "${execs:-?}" \
    "${rate:-?}" "${coverage:-?}" "$units" "$([ "$status" = 0 ] && echo ok || echo FINDING)")")
done
echo "== summary (${seconds} s each)"
printf '%s\n' "${summary[@]}"
[ "$findings" = 0 ] || { echo "$findings harness(es) found a problem: inputs in $build_dir/fuzz-findings/" >&2; exit 1; }
