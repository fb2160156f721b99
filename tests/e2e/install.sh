#!/usr/bin/env bash
# `cmake --install` puts the binary, the man page and the shell completions
# where each is looked for under the prefix; the man page renders without a
# warning from man/groff and documents the real options; the installed bash
# completion works.
# Usage: install.sh CMAKE BUILD_DIR
set -uo pipefail
cmake=$1
build=$(realpath "$2")
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
source "$(dirname "$(realpath "$0")")/check.sh"

# The generated files are part of `all`; a build of only the binary lacks them.
"$cmake" --build "$build" --target charterc_cli_files >/dev/null
check "the man page and completions are generated" test $? = 0
"$cmake" --install "$build" --prefix "$prefix" >"$prefix/install.log" 2>&1
check "cmake --install succeeds" test $? = 0

check "the binary is installed" test -x "$prefix/bin/charterc"
check "the man page is installed" test -s "$prefix/share/man/man1/charterc.1"
check "the bash completion is installed" test -s "$prefix/share/bash-completion/completions/charterc"
check "the zsh completion is installed" test -s "$prefix/share/zsh/site-functions/_charterc"
check "the fish completion is installed" test -s "$prefix/share/fish/vendor_completions.d/charterc.fish"
check "the installed binary runs" "$prefix/bin/charterc" --version

# man renders the page; --warnings makes groff report any roff mistake.
MANWIDTH=80 man --warnings -E UTF-8 -l "$prefix/share/man/man1/charterc.1" >"$prefix/page.txt" 2>"$prefix/warnings.txt"
check "man -l renders the page" test -s "$prefix/page.txt"
check "groff finds nothing to warn about" test ! -s "$prefix/warnings.txt"
[ -s "$prefix/warnings.txt" ] && head -5 "$prefix/warnings.txt"
for heading in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS ENVIRONMENT "EXIT STATUS"; do
  check "the page has $heading" grep -q "^$heading" "$prefix/page.txt"
done
check "the page documents nested commands" grep -q "charterc xliff extract" "$prefix/page.txt"
check "the page documents options with their values" grep -q -- "--diagnostics-format FORMAT" "$prefix/page.txt"
check "the page documents NO_COLOR" grep -q "NO_COLOR" "$prefix/page.txt"

# The installed completion answers like the one the binary prints.
offered=$(bash -c 'source "$1"; COMP_WORDS=(charterc bu); COMP_CWORD=1; _charterc; echo "${COMPREPLY[*]}"' \
  _ "$prefix/share/bash-completion/completions/charterc")
check "the installed bash completion completes 'bu' to build" test "$offered" = "build"

finish
