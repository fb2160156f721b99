# Functions of bench/run.sh: running and timing each tool. Sourced, not run.
# Results go into the associative arrays `times` (space-separated wall times
# in ms per measurement) and `info` (everything else the report shows).
# shellcheck shell=bash
# shellcheck disable=SC2154  # work, charterc, floor, corpus_gen: set by run.sh
declare -A times=() cpu=() info=() manifest=()

say() { echo "bench: $*" >&2; }

# Stops the run with exit status 1, after writing what was measured so far:
# an hour of rounds is not thrown away because the last step failed.
fail() {  # MESSAGE
  echo "run.sh: $1" >&2
  info[failed]=$1
  # shellcheck disable=SC2034  # read by write_report
  load_end=$(cut -d' ' -f1-3 /proc/loadavg)
  if [ -n "${results:-}" ]; then write_report >"$results"; say "wrote $results"; fi
  exit 1
}

# The floor runs on one core, as the goal defines it (taskset: util-linux).
one_core=()
if command -v taskset >/dev/null; then one_core=(taskset -c 0); fi

gnu_time=""
if [ -x /usr/bin/time ] && /usr/bin/time --version 2>&1 | grep -q GNU; then gnu_time=/usr/bin/time; fi

# The generator and the floor are built by CMake (bench/CMakeLists.txt); the
# quick test loop may not have built them yet, so build them on demand.
ensure_bench_programs() {  # BUILD_DIR GENERATOR FLOOR
  if [ -x "$2" ] && [ -x "$3" ]; then return; fi
  if [ ! -f "$1/CMakeCache.txt" ]; then
    echo "run.sh: $2 or $3 missing, and $1 is not a CMake build folder" >&2
    exit 2
  fi
  say "building the bench programs"
  cmake --build "$1" --target charterc_bench_corpus charterc_bench_cmark_floor >&2
}

# The generator's promise: the same seed gives a byte-identical corpus, and
# the fact the benchmark changes is used by exactly ten documents.
check_generator() {  # GENERATOR WORKDIR
  "$1" --out "$2/a" --docs 12 --seed 7 >/dev/null
  "$1" --out "$2/b" --docs 12 --seed 7 >/dev/null
  if ! diff -r "$2/a" "$2/b" >/dev/null; then
    echo "run.sh: the corpus generator is not deterministic (seed 7 gave two corpora)" >&2
    exit 1
  fi
  local users
  users=$(grep -l "bench.ten-documents" "$2"/a/project/charters/*.md | grep -cv '\.[a-z][a-z]\.md$')
  if [ "$users" != 10 ]; then
    echo "run.sh: the changed fact is used by $users documents, not 10" >&2
    exit 1
  fi
  say "generator: deterministic, changed fact used by 10 documents"
}

read_manifest() {  # CORPUS_DIR
  local key value
  while IFS='=' read -r key value; do manifest[$key]=$value; done <"$1/corpus.txt"
}

# Runs a command, appends its wall time in ms to times[NAME]; its output goes
# to LOG. With GNU time, last_rss_kb is the command's peak resident memory
# and its CPU time (user + system, all threads) in ms goes to cpu[NAME].
last_rss_kb=""
run_timed() {  # NAME LOG COMMAND...
  local name=$1 log=$2 start end status=0
  shift 2
  last_rss_kb=""
  start=$(date +%s%N)
  # GNU time runs programs, not shell functions.
  if [ -n "$gnu_time" ] && [ "$(type -t "$1")" = file ]; then
    "$gnu_time" -f "%M %U %S" -o "$log.rss" "$@" >"$log" 2>&1 || status=$?
    local usage
    usage=$(tail -n 1 "$log.rss")
    last_rss_kb=${usage%% *}
    cpu[$name]+="$(awk -v u="$usage" 'BEGIN { split(u, f, " "); printf "%d", (f[2] + f[3]) * 1000 }') "
  else
    "$@" >"$log" 2>&1 || status=$?
  fi
  end=$(date +%s%N)
  times[$name]+="$(((end - start) / 1000000)) "
  return "$status"
}

# A charterc HTML build that must succeed: anything but exit 0 stops the run.
charterc_build() {  # NAME PROJECT OUT
  local log="$work/charterc-$1.log"
  if ! run_timed "$1" "$log" "$charterc" build "$2" -o "$3" --format html; then
    grep -A 3 '^[^ ]*: error\[' "$log" | head -n 40 >&2 || true
    tail -n 3 "$log" >&2
    fail "charterc build failed ($1 build): exit status other than 0"
  fi
}

# Swaps one phrase of the document's English text for another and back, a
# change that alters no number, so the translations stay consistent.
edit_document() {  # FILE
  if grep -q "sets out" "$1"; then sed -i 's/sets out/describes/' "$1"; else sed -i 's/describes/sets out/' "$1"; fi
}

# Moves the shared fact between its value and its value + 2.
change_fact() {  # FACTS_YAML
  local base=${manifest[fact-value]} now
  now=$(sed -n -E 's/^bench\.ten-documents: \{value: ([0-9]+),.*/\1/p' "$1")
  local next=$((now == base ? base + 2 : base))
  sed -i -E "s/^(bench\.ten-documents: \{value: )[0-9]+/\1$next/" "$1"
  info[fact-now]=$next
}

# The rebuilt pages must show the change: a build that skips them is wrong,
# however fast.
expect_in_page() {  # OUT DOC TEXT WHAT
  if ! grep -q "$3" "$1/en/$2.html"; then
    fail "after $4, the page en/$2.html does not contain '$3'"
  fi
}

measure_charterc() {  # CORPUS OUT ROUNDS
  local project="$1/project" out=$2 round
  read_manifest "$1"
  local edited=${manifest[edit-document]} fact_doc=${manifest[fact-documents]%% *}
  info[files]=$(find "$project/charters" -name '*.md' | wc -l)
  info[bytes]=$(cat "$project"/charters/*.md | wc -c)
  for round in $(seq 1 "$3"); do
    say "round $round/$3: charterc full, no-op, one document edited, one fact changed"
    rm -rf "$out"
    charterc_build full "$project" "$out"
    info[rss-main]=$(max "${info[rss-main]:-0}" "${last_rss_kb:-0}")
    charterc_build noop "$project" "$out"
    edit_document "$project/charters/$edited.md"
    charterc_build edit "$project" "$out"
    expect_in_page "$out" "$edited" "$(grep -o 'sets out\|describes' "$project/charters/$edited.md" | head -n 1)" "the edit"
    change_fact "$project/charters/facts.yaml"
    charterc_build fact "$project" "$out"
    expect_in_page "$out" "$fact_doc" "bench.ten-documents\">${info[fact-now]} working days" "the fact change"
  done
  info[pages]=$(find "$out" -name '*.html' | wc -l)
}

max() { if [ "$1" -gt "$2" ]; then echo "$1"; else echo "$2"; fi; }

# The floor: one process, one core, parse + render + write every file.
measure_floor() {  # MARKDOWN_DIR OUT ROUNDS
  local round
  for round in $(seq 1 "$3"); do
    say "round $round/$3: cmark-gfm floor"
    rm -rf "$2"
    if ! run_timed floor "$work/floor.log" "${one_core[@]}" "$floor" "$1" "$2"; then
      tail -n 5 "$work/floor.log" >&2
      fail "the cmark-gfm floor failed"
    fi
  done
}


measure_hugo() {  # SITE OUT ROUNDS
  if ! command -v hugo >/dev/null; then info[hugo]="not installed, skipped"; return; fi
  info[hugo-version]=$(hugo version | cut -d' ' -f2)
  local round
  for round in $(seq 1 "$3"); do
    say "round $round/$3: Hugo"
    rm -rf "$2"
    if ! run_timed hugo "$work/hugo.log" hugo --quiet --source "$1" --destination "$2" \
        --cacheDir "$work/hugo-cache"; then
      info[hugo]="failed: $(tail -n 1 "$work/hugo.log")"
      unset 'times[hugo]'
      return
    fi
  done
  info[hugo-pages]=$(find "$2" -mindepth 3 -name index.html | wc -l)
}

pandoc_files() {  # OUT FILE...
  local out=$1 file
  shift
  for file in "$@"; do
    pandoc -f gfm -t html5 -s --metadata pagetitle=bench -o "$out/$(basename "$(dirname "$file")")-$(basename "$file" .md).html" "$file"
  done
}

# Pandoc as a site script calls it, once per file; on a sample of the files,
# extrapolated to the corpus (a whole corpus would take many minutes a round).
measure_pandoc() {  # MARKDOWN_DIR DOCS OUT ROUNDS
  if ! command -v pandoc >/dev/null; then info[pandoc]="not installed, skipped"; return; fi
  info[pandoc-version]=$(pandoc --version | head -n 1 | cut -d' ' -f2)
  local names files=() name lang round
  names=$(find "$1/en" -name '*.md' -printf '%f\n' | sort | head -n "$2")
  for name in $names; do for lang in en fr cy; do files+=("$1/$lang/$name"); done; done
  info[pandoc-files]=${#files[@]}
  for round in $(seq 1 "$4"); do
    say "round $round/$4: Pandoc on ${#files[@]} files"
    rm -rf "$3" && mkdir -p "$3"
    if ! run_timed pandoc "$work/pandoc.log" pandoc_files "$3" "${files[@]}"; then
      info[pandoc]="failed: $(tail -n 1 "$work/pandoc.log")"
      unset 'times[pandoc]'
      return
    fi
  done
}

# Peak memory of a full build of a corpus BIG documents long, once.
measure_big() {  # DOCS SEED WORKDIR
  if [ "$1" = 0 ]; then info[big]="not measured (--big-docs 0)"; return; fi
  if [ -z "$gnu_time" ]; then info[big]="GNU time not installed, skipped"; return; fi
  say "generating $1 documents for peak memory"
  "$corpus_gen" --out "$3/corpus" --docs "$1" --seed "$2" >/dev/null
  say "charterc full build of $1 documents"
  charterc_build big "$3/corpus/project" "$3/out"
  info[rss-big]=$last_rss_kb
  info[big-docs]=$1
  rm -rf "$3"
}

# PDFs need Chromium; charterc says E0804 when it finds none.
measure_pdf() {  # DOCS SEED WORKDIR ROUNDS
  if [ "$1" = 0 ]; then info[pdf]="not measured (--pdf-docs 0)"; return; fi
  "$corpus_gen" --out "$3/corpus" --docs "$1" --seed "$2" >/dev/null
  local round status
  for round in $(seq 1 "$4"); do
    say "round $round/$4: PDFs of $1 documents"
    rm -rf "$3/out"
    status=0
    run_timed pdf "$3/pdf.log" "$charterc" build "$3/corpus/project" -o "$3/out" --format pdf || status=$?
    if [ "$status" != 0 ] && grep -q E0804 "$3/pdf.log"; then
      info[pdf]="no Chromium found (E0804), skipped"
      unset 'times[pdf]'
      return
    fi
    if [ "$status" != 0 ]; then
      grep -A 3 '^[^ ]*: error\[' "$3/pdf.log" | head -n 40 >&2 || true
      fail "charterc build --format pdf failed"
    fi
  done
  info[pdf-files]=$(find "$3/out" -name '*.pdf' | wc -l)
}
