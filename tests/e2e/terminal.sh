#!/usr/bin/env bash
# The terminal as users meet it, through the charterc binary: the project
# found from a subfolder, colours and the status line on a pseudo-terminal
# (util-linux's `script`) and never when piped or in CI, codes CODE,
# --version, did-you-mean, and the bash completion answering real words.
# Usage: terminal.sh CHARTERC
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23
charterc=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$(realpath "$0")")/check.sh"
unset NO_COLOR CI

# A project with one broken document (a dangling ref) and one good one.
"$charterc" init "$work/p" 2>/dev/null
sed -i 's/refs="cse:5.1.1" dimension=responsiveness}/refs="cse:5.1.1 #nowhere" dimension=responsiveness}/' \
  "$work/p/charters/charter.md"
printf -- '---\ntitle: Guide\ntype: policy\n---\n\nBooks are lent for three weeks.\n' >"$work/p/charters/guide.md"

# Found upward from a subfolder, like git; file names lead from where one stands.
mkdir -p "$work/p/charters/drafts"
(cd "$work/p/charters/drafts" && "$charterc" check) >/dev/null 2>"$work/found.txt"
check "check from a subfolder finds the project (exit 1: its error)" test $? = 1
check "file names are relative to the current folder" grep -q "^\.\./\.\./charters/charter.md:14:.*error\[E0402\]" "$work/found.txt"
(cd "$work/p/charters" && "$charterc" build -q --format html) 2>/dev/null
check "build from charters/ writes the project's out/" test -s "$work/p/out/en/guide.html"
mkdir -p "$work/elsewhere"
(cd "$work/elsewhere" && "$charterc" check) 2>"$work/none.txt"
check "no project above: usage error (exit 2)" test $? = 2
check "no project above: says so" grep -q "^charterc: error: no charter project in .*elsewhere or any folder above it" "$work/none.txt"

# Piped: not a byte of escape codes, no status line.
"$charterc" build "$work/p" --format html 2>"$work/piped.txt"
check "piped: no escape codes" test -z "$(grep -l $'\x1b' "$work/piped.txt")"
check "piped: no carriage returns" test -z "$(grep -l $'\r' "$work/piped.txt")"

# On a pseudo-terminal: colours and the status line; NO_COLOR drops only the
# colours; CI drops both.
on_tty() {  # on_tty OUTPUT "VAR=value..." ARGS... : charterc ARGS on a pseudo-terminal
  local output=$1 vars=$2
  shift 2
  rm -rf "$work/p/out"  # a full build each time: an up-to-date one has no status line to show
  # shellcheck disable=SC2086 # $vars is a list of assignments
  env $vars TERM=xterm script -qec "$(printf '%q ' "$charterc" "$@")" /dev/null >"$output" 2>&1
}
on_tty "$work/tty.txt" "" build "$work/p" --format html,txt
check "terminal: errors in bold red" grep -q $'\x1b\\[1;31merror\\[E0402\\]' "$work/tty.txt"
check "terminal: the status line counts outputs" grep -qE $'\r\\[[0-9]+/[0-9]+\\] en/guide.html \\(' "$work/tty.txt"
check "terminal: the status line is wiped" grep -q $'\r\x1b\\[K' "$work/tty.txt"
on_tty "$work/no_color.txt" "NO_COLOR=1" build "$work/p" --format html,txt
check "NO_COLOR: no colours" test -z "$(grep -l $'\x1b\\[1;3' "$work/no_color.txt")"
check "NO_COLOR: still a status line" grep -qE $'\r\\[[0-9]+/[0-9]+\\] ' "$work/no_color.txt"
on_tty "$work/ci.txt" "CI=true" build "$work/p" --format html,txt
check "CI: no escape codes at all" test -z "$(grep -l $'\x1b' "$work/ci.txt")"
on_tty "$work/never.txt" "" check "$work/p" --color=never
check "--color=never on a terminal: no colours" test -z "$(grep -l $'\x1b\\[1;3' "$work/never.txt")"
"$charterc" check "$work/p" --color=always 2>"$work/always.txt"
check "--color=always when piped: colours" grep -q $'\x1b\\[1;31merror' "$work/always.txt"
on_tty "$work/quiet.txt" "" build -q "$work/p" --format html
check "--quiet on a terminal: no status line" test -z "$(grep -l $'\r\\[' "$work/quiet.txt")"

# -v: each stage's time.
"$charterc" check "$work/p" -v 2>"$work/verbose.txt"
for stage in load analyse check; do
  check "-v times $stage" grep -q "^time: $stage [0-9]*\.[0-9][0-9][0-9]s$" "$work/verbose.txt"
done

# codes CODE, --version, did-you-mean.
"$charterc" codes W0905 >"$work/code.txt"
check "codes W0905 exits 0" test $? = 0
check "codes W0905 names it" grep -q "^W0905 vague-word$" "$work/code.txt"
check "codes W0905 quotes the reference" grep -q "^\*\*How to fix it.\*\* Drop the word" "$work/code.txt"
"$charterc" codes W0915 2>"$work/unknown.txt"
check "an unknown code exits 2" test $? = 2
check "an unknown code gets did-you-mean" grep -q "did you mean 'W0905'?" "$work/unknown.txt"
"$charterc" --version >"$work/version.txt"
check "--version names program, commit and libraries" \
  grep -Eq "^charterc [0-9]+\.[0-9]+\.[0-9]+ \(commit ([0-9a-f]{7,}|unknown), ICU [0-9.]+, cmark-gfm [0-9a-z.]+\)$" \
  "$work/version.txt"
"$charterc" chekc "$work/p" 2>"$work/typo.txt"
check "a mistyped command exits 2" test $? = 2
check "a mistyped command gets did-you-mean" grep -q "did you mean 'check'?" "$work/typo.txt"

# The bash completion, asked the way bash asks it.
"$charterc" completion bash >"$work/charterc.bash"
complete_words() {  # complete_words WORD... : what TAB offers after the last word
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _charterc; echo "${COMPREPLY[*]}"' \
    _ "$work/charterc.bash" "$@" 2>/dev/null
}
check "completes a command" test "$(complete_words charterc bu)" = "build"
check "completes a nested command" test "$(complete_words charterc xliff ex)" = "extract"
check "completes an option" test "$(complete_words charterc check --qu)" = "--quiet"
check "completes a fixed value" test "$(complete_words charterc check --color al)" = "always"
check "completes a value after '='" test "$(complete_words charterc check --color = ne)" = "never"
check "completes a list item after a comma" test "$(complete_words charterc build --format html,e)" = "html,epub html,evidence"
check "completes a shell" test "$(complete_words charterc completion z)" = "zsh"
(cd "$work/p" && complete_words charterc build ch) >"$work/dirs.txt"
check "completes the project folder" grep -qx "charters" "$work/dirs.txt"

finish
