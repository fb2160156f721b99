# bench/run.sh's report: medians, ratios and issue 15's goals as Markdown.
# Sourced by run.sh after lib.sh; reads the `times` and `info` arrays.
# shellcheck shell=bash
# shellcheck disable=SC2154  # root, load_start, load_end...: set by run.sh

median() {  # "MS MS ..." -> the median in ms (empty when no rounds)
  tr -s ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n | awk '{ v[NR] = $1 }
    END { if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

secs() { awk -v ms="$1" 'BEGIN { if (ms >= 1000) printf "%.2f s", ms / 1000; else printf "%d ms", ms }'; }
rounds_of() { local ms out=""; for ms in $1; do out+="$(secs "$ms"), "; done; echo "${out%, }"; }
mib() { awk -v kb="$1" 'BEGIN { printf "%.0f MB", kb / 1024 }'; }

# A goal's line: NAME MEASURED GOAL_TEXT VERDICT
goal_row() { echo "| $1 | $2 | $3 | $4 |"; }
# met when VALUE <= LIMIT (both numbers), "not measured" when VALUE is empty
verdict() { if [ -z "$1" ]; then echo "not measured"; else awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l ? "**met**" : "**not met**") }'; fi; }
ratio() { if [ -z "$1" ] || [ -z "$2" ] || [ "$2" = 0 ]; then echo ""; else awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", a / b }'; fi; }
times_x() { if [ -z "$1" ]; then echo "-"; else awk -v r="$1" 'BEGIN { printf "%.1f×", r }'; fi; }
percent() { if [ -z "$1" ]; then echo "-"; else awk -v r="$1" 'BEGIN { printf "%.1f %%", 100 * r }'; fi; }

time_row() {  # LABEL KEY [EXTRA]
  local list=${times[$2]:-} cpu_list=${cpu[$2]:-} cpu_median="-"
  if [ -z "$list" ]; then return; fi
  if [ -n "$cpu_list" ]; then cpu_median=$(secs "$(median "$cpu_list")"); fi
  echo "| $1 | $(secs "$(median "$list")") | $cpu_median | $(rounds_of "$list")${3:+; $3} |"
}

machine_section() {
  local cpu commit
  cpu=$(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
  commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
  if [ -n "$(git -C "$root" status --porcelain -- src 2>/dev/null)" ]; then commit+=" with uncommitted changes in src/"; fi
  echo "| | |"
  echo "| --- | --- |"
  echo "| CPU | ${cpu:-unknown}, $(nproc) cores (\`nproc\`) |"
  echo "| Memory | $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) |"
  echo "| Load average (1, 5, 15 min) | $load_start at the start, $load_end at the end |"
  echo "| charterc | \`charterc --version\` $("$charterc" --version 2>/dev/null | head -n 1), source commit $commit |"
  echo "| Corpus | $docs documents × 3 languages (en, fr, cy): ${info[files]} Markdown files, $(awk -v b="${info[bytes]}" 'BEGIN { printf "%.1f MB", b / 1e6 }'), seed $seed; ${info[pages]} HTML pages written |"
  echo "| Rounds | $rounds; medians reported |"
  echo "| Peers | Hugo ${info[hugo-version]:-${info[hugo]:-}}, Pandoc ${info[pandoc-version]:-${info[pandoc]:-}}, libcmark-gfm $(pkg-config --modversion libcmark-gfm 2>/dev/null || echo '?') |"
}

times_section() {
  echo "| Measurement | Median (wall) | Median CPU (user + system, all threads; GNU time) | Every round (wall) |"
  echo "| --- | --- | --- | --- |"
  time_row "charterc full HTML build (\`build --format html\`, empty output folder)" full
  time_row "charterc no-op build (nothing changed)" noop
  time_row "charterc rebuild after editing one document" edit
  time_row "charterc rebuild after changing a fact used by 10 documents" fact
  time_row "cmark-gfm floor: parse, render, write all ${info[files]} files (one process, one core)" floor
  time_row "Hugo multilingual build, same content (${info[hugo-pages]:-?} pages)" hugo
  local pandoc=${times[pandoc]:-}
  if [ -n "$pandoc" ]; then
    local per=$(( $(median "$pandoc") / info[pandoc-files] ))
    time_row "Pandoc once per file, ${info[pandoc-files]} files" pandoc \
      "$(secs "$per") per file, about $(secs $((per * info[files]))) for all ${info[files]}"
  fi
  local pdf=${times[pdf]:-}
  if [ -n "$pdf" ]; then
    time_row "charterc \`build --format pdf\`, ${info[pdf-files]} PDFs" pdf "$(secs $(( $(median "$pdf") / info[pdf-files] ))) per PDF"
  fi
  time_row "charterc full HTML build of ${info[big-docs]:-?} documents (once)" big
  echo
  [ -n "${info[rss-main]:-}" ] && echo "Peak memory (GNU time, maximum resident set size): $(mib "${info[rss-main]}") for $docs documents (${info[pages]} pages)${info[rss-big]:+, $(mib "${info[rss-big]}") for ${info[big-docs]} documents}."
  local skipped
  for skipped in hugo pandoc pdf big; do
    if [ -n "${info[$skipped]:-}" ]; then echo "- $skipped: ${info[$skipped]}"; fi
  done
  if [ -z "$gnu_time" ]; then echo "- peak memory: GNU time not installed, not measured"; fi
}

goals_section() {
  local full noop edit fact floor hugo pdf_per="" growth=""
  full=$(median "${times[full]:-}") noop=$(median "${times[noop]:-}") edit=$(median "${times[edit]:-}")
  fact=$(median "${times[fact]:-}") floor=$(median "${times[floor]:-}") hugo=$(median "${times[hugo]:-}")
  if [ -n "${times[pdf]:-}" ]; then pdf_per=$(awk -v ms="$(median "${times[pdf]}")" -v n="${info[pdf-files]}" 'BEGIN { printf "%.3f", ms / n / 1000 }'); fi
  if [ -n "${info[rss-big]:-}" ]; then growth=$(ratio "${info[rss-big]}" "${info[rss-main]}"); fi
  local mem_mb="" r
  if [ -n "${info[rss-main]:-}" ]; then mem_mb=$(awk -v kb="${info[rss-main]}" 'BEGIN { printf "%.0f", kb / 1024 }'); fi
  echo "| Goal | Measured | Target | Verdict |"
  echo "| --- | --- | --- | --- |"
  r=$(ratio "$full" "$floor"); goal_row "Full HTML build ÷ cmark-gfm floor" "$(times_x "$r")" "≤ 1.5×" "$(verdict "$r" 1.5)"
  r=$(ratio "$noop" "$full"); goal_row "No-op build ÷ full build" "$(percent "$r")" "≤ 2 %" "$(verdict "$r" 0.02)"
  r=$(ratio "$edit" "$full"); goal_row "One edited document ÷ full build" "$(percent "$r")" "≤ 5 %" "$(verdict "$r" 0.05)"
  r=$(ratio "$fact" "$full"); goal_row "One fact used by 10 documents ÷ full build" "$(percent "$r")" "≤ 10 %" "$(verdict "$r" 0.10)"
  # The memory goal is stated for 3,000 pages: a smaller corpus says nothing.
  if [ "$docs" -lt 1000 ]; then mem_mb=""; fi
  goal_row "Peak memory, $docs documents (${info[pages]} pages)" "${mem_mb:+$mem_mb MB}" "< 300 MB for 3,000 pages" "$(verdict "$mem_mb" 299.99)"
  # Linear growth with a fixed start-up cost grows by at most the ratio of
  # the sizes; 10 % is left for noise.
  local limit
  limit=$(awk -v a="${info[big-docs]:-0}" -v b="$docs" 'BEGIN { printf "%.1f", 1.1 * a / b }')
  goal_row "Memory growth, $docs → ${info[big-docs]:-?} documents" "$(times_x "$growth")" \
    "linear: ≤ ${limit}× (1.1 × the size ratio)" "$(verdict "$growth" "$limit")"
  goal_row "PDF per document, amortised" "${pdf_per:+$pdf_per s}" "≤ 0.15 s" "$(verdict "$pdf_per" 0.15)"
  r=$(ratio "$full" "$hugo"); goal_row "Full HTML build ÷ Hugo (implied: \"well under Hugo\")" "$(times_x "$r")" "< 1×" "$(verdict "$r" 0.9999)"
}

write_report() {
  # A run that stopped early may not have counted these yet.
  local key
  for key in files pages; do info["$key"]=${info["$key"]:-?}; done
  info[bytes]=${info[bytes]:-0}
  echo "# Benchmark results"
  echo
  if [ -n "$note" ]; then echo "**$note**"; echo; fi
  if [ -n "${info[failed]:-}" ]; then
    echo "**This run stopped early: ${info[failed]}. Below is what it measured before that.**"
    echo
  fi
  echo "Written by \`bash bench/run.sh\` on $(date -u +%Y-%m-%d); bench/README.md says what each number"
  echo "means. Nothing in the test suite asserts these numbers."
  echo
  echo "## Machine and inputs"
  echo
  machine_section
  echo
  echo "## Times"
  echo
  times_section
  echo
  echo "## Goals of issue 15 (ratios from this run)"
  echo
  goals_section
}
