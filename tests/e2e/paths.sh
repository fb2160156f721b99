#!/usr/bin/env bash
# Issue 17 item 5: nothing is read outside the project, nothing is written
# outside an output folder charterc owns (docs/safety.md). What golden cases
# cannot hold (FIFOs, read-only files, large files, links made at run time,
# a second build) is checked here.
# Usage: paths.sh CHARTERC
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23
export CHARTERC_CHROMIUM=/nonexistent/chromium              # no PDFs: fast and the same everywhere
charterc=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$(realpath "$0")")/check.sh"

# A small project: one good document, so every refusal below is seen next
# to a document that is still published.
new_project() {  # new_project DIR
  mkdir -p "$1/charters"
  printf -- '---\ntitle: Good\nowner: Library\nnext-review: 2099-01-01\n---\n\nWe answer letters within 5 days. {#letters}\n' \
    >"$1/charters/good.md"
}

# charterc build, run inside the project so diagnostics name project paths.
build_in() {  # build_in DIR [ARGS...]
  local dir=$1
  shift
  (cd "$dir" && timeout 60 "$charterc" build . "$@")
}

# --- Reading ---------------------------------------------------------------

# A secret outside the project, reached through a link to the file and
# through a linked folder: neither is read, and the secret appears nowhere.
printf 'SECRET-OUTSIDE-LINE\n' >"$work/secret.md"
mkdir -p "$work/outside-locales/en"
printf 'greeting: SECRET-LOCALE\n' >"$work/outside-locales/en/ui.yaml"
new_project "$work/read"
ln -s "$work/secret.md" "$work/read/charters/secret.md"
build_in "$work/read" >"$work/read.out" 2>"$work/read.txt"
status=$?
check "a link out of the project is E1401" grep -qF "error[E1401]: 'charters/secret.md' is a symbolic link to '$work/secret.md', outside the project" "$work/read.txt"
check "the good document is still published" test -s "$work/read/out/en/good.html"
check "a refused input is a project error (exit 1)" test $status = 1
# A linked locales/ folder: its ui.yaml is refused, and (as for any ui.yaml
# error) its language is withheld rather than published with other strings.
ln -s "$work/outside-locales" "$work/read/locales"
build_in "$work/read" >>"$work/read.out" 2>>"$work/read.txt"
check "a file in a linked folder out of the project is E1401" grep -qF "error[E1401]: 'locales/en/ui.yaml' lies in 'locales', a symbolic link to '$work/outside-locales'" "$work/read.txt"
check "the linked files' contents are in no diagnostic" test -z "$(grep -l SECRET "$work/read.txt" "$work/read.out")"
check "the linked files' contents are in no output" test -z "$(grep -rl SECRET "$work/read/out")"

# A FIFO named like a document is refused without opening it: no hang.
new_project "$work/fifo"
mkfifo "$work/fifo/charters/pipe.md"
mkfifo "$work/fifo/charterc.yaml"
build_in "$work/fifo" 2>"$work/fifo.txt"
status=$?
check "a FIFO does not stall the build" test $status != 124
check "a FIFO document is E1402" grep -qF "charters/pipe.md: error[E1402]: 'charters/pipe.md' is a FIFO (named pipe), not a file; it was not opened" "$work/fifo.txt"
check "a FIFO charterc.yaml is E1402" grep -qF "charterc.yaml: error[E1402]" "$work/fifo.txt"
check "the good document next to a FIFO is published" test -s "$work/fifo/out/en/good.html"

# A device, when the machine lets us make one (root in a container): never opened.
new_project "$work/device"
if mknod "$work/device/charters/zero.md" c 1 5 2>/dev/null; then
  build_in "$work/device" 2>"$work/device.txt"
  check "a device is E1402 and not read" grep -qF "error[E1402]: 'charters/zero.md' is a device" "$work/device.txt"
fi
# A link to /dev/zero leaves the project: refused before it is opened.
ln -s /dev/zero "$work/device/charters/dev-zero.md"
build_in "$work/device" 2>"$work/device.txt"
check "a link to /dev/zero is refused at once" grep -qF "error[E1401]: 'charters/dev-zero.md' is a symbolic link to '/dev/zero'" "$work/device.txt"

# A file over its kind's limit (Markdown: 4 MiB) is not read.
new_project "$work/large"
{ printf -- '---\ntitle: Large\nowner: Library\nnext-review: 2099-01-01\n---\n\n'; head -c 5000000 /dev/zero | tr '\0' 'a'; } \
  >"$work/large/charters/large.md"
head -c 1100000 /dev/zero | tr '\0' '#' >"$work/large/charters/facts.yaml"
build_in "$work/large" 2>"$work/large.txt"
check "a 4.8 MiB document is E1403" grep -qF "charters/large.md: error[E1403]: 'charters/large.md' is 4.8 MiB; charterc reads a Markdown document of at most 4.0 MiB, so it was not read" "$work/large.txt"
check "a 1 MiB facts file is E1403" grep -qF "charters/facts.yaml: error[E1403]: 'charters/facts.yaml' is 1.0 MiB; charterc reads a YAML settings file of at most 1.0 MiB" "$work/large.txt"
check "the good document next to a large one is published" test -s "$work/large/out/en/good.html"

# --- The output folder -----------------------------------------------------

# -o naming a file: one error, exit 2, and no claim that anything was written.
new_project "$work/o"
printf 'keep\n' >"$work/o/existing-file"
"$charterc" build "$work/o" -o "$work/o/existing-file" 2>"$work/ofile.txt"
check "-o FILE exits 2" test $? = 2
check "-o FILE is E1409" grep -qF "error[E1409]: the output folder is a file, not a folder" "$work/ofile.txt"
check "-o FILE prints one error" test "$(grep -c 'error\[' "$work/ofile.txt")" = 1
check "-o FILE does not say it wrote documents" test -z "$(grep wrote "$work/ofile.txt")"
check "-o FILE leaves the file alone" test "$(cat "$work/o/existing-file")" = keep

# The project, charters/, a folder inside charters/, a folder holding the project.
for out in "$work/o" "$work/o/charters" "$work/o/charters/site" "$work"; do
  "$charterc" build "$work/o" -o "$out" 2>"$work/overlap.txt"
  check "-o $out is E1406 (exit 2)" test $? = 2
  check "-o $out is reported as E1406" grep -qF "error[E1406]" "$work/overlap.txt"
done
check "no output was written into the project or charters/" test ! -e "$work/o/index.html" -a ! -e "$work/o/charters/index.html" -a ! -e "$work/o/charters/site"
ln -s "$work/o/charters" "$work/charters-link"
"$charterc" build "$work/o" -o "$work/charters-link/x" 2>"$work/overlap.txt"
check "charters/ reached through a link is E1406 too" grep -qF "error[E1406]" "$work/overlap.txt"

# A folder someone else filled: refused; --force writes into it.
mkdir -p "$work/theirs"
printf 'their page\n' >"$work/theirs/index.html"
printf 'their notes\n' >"$work/theirs/notes.txt"
"$charterc" build "$work/o" -o "$work/theirs" 2>"$work/theirs.txt"
check "a folder charterc did not make is E1407 (exit 2)" test $? = 2
check "E1407 is reported" grep -qF "error[E1407]" "$work/theirs.txt"
check "their index.html is untouched" test "$(cat "$work/theirs/index.html")" = "their page"
"$charterc" build "$work/o" -o "$work/theirs" --force 2>/dev/null
check "--force writes into it" test -s "$work/theirs/en/good.html"
check "--force leaves their other files alone" test "$(cat "$work/theirs/notes.txt")" = "their notes"
mkdir -p "$work/empty"
"$charterc" build "$work/o" -o "$work/empty" 2>/dev/null
check "an empty folder is written into" test -s "$work/empty/en/good.html"
check "charterc marks the folder as its own" test -f "$work/empty/.charterc/owner"

# A linked folder inside the output folder is never written through.
new_project "$work/s"
"$charterc" build "$work/s" 2>/dev/null
mkdir -p "$work/victim"
rm -rf "$work/s/out/en" && ln -s "$work/victim" "$work/s/out/en"
printf -- '\nWe answer calls within 20 seconds. {#calls}\n' >>"$work/s/charters/good.md"
build_in "$work/s" 2>"$work/symlink.txt"
check "a linked out/en is E1408 (exit 2)" test $? = 2
check "E1408 names the link once" test "$(grep -c "error\[E1408\]: 'out/en' is a symbolic link" "$work/symlink.txt")" = 1
check "nothing is written where the link points" test -z "$(ls -A "$work/victim")"
"$charterc" build "$work/s" --force 2>/dev/null
check "--force replaces the link with a folder" test -d "$work/s/out/en" -a ! -L "$work/s/out/en"
check "--force still writes nothing where the link pointed" test -z "$(ls -A "$work/victim")"
# A linked output file: the file it points to is never changed.
printf 'victim file\n' >"$work/victim.html"
rm "$work/s/out/en/good.html" && ln -s "$work/victim.html" "$work/s/out/en/good.html"
printf -- '\nWe answer chats within 2 minutes. {#chats}\n' >>"$work/s/charters/good.md"
build_in "$work/s" 2>"$work/symlink.txt"
check "a linked output file is E1408" grep -qF "error[E1408]: 'out/en/good.html' is a symbolic link" "$work/symlink.txt"
check "the file a link points to is never written" test "$(cat "$work/victim.html")" = "victim file"

# A read-only file is not replaced without --force.
new_project "$work/ro"
"$charterc" build "$work/ro" 2>/dev/null
chmod a-w "$work/ro/out/index.html"
cp "$work/ro/out/index.html" "$work/ro-index-before.html"
printf -- '---\ntitle: Second\nowner: Library\nnext-review: 2099-01-01\n---\n\nWe answer calls within 20 seconds. {#calls}\n' \
  >"$work/ro/charters/second.md"
build_in "$work/ro" 2>"$work/ro.txt"
check "a read-only output is E1410 (exit 2)" test $? = 2
check "E1410 is reported" grep -qF "error[E1410]: 'out/index.html' is read-only" "$work/ro.txt"
check "the read-only file is unchanged" cmp -s "$work/ro-index-before.html" "$work/ro/out/index.html"
"$charterc" build "$work/ro" --force 2>/dev/null
check "--force replaces it" grep -q second.html "$work/ro/out/index.html"

# Outputs no longer made are removed: a deleted document, a dropped language.
new_project "$work/stale"
printf -- '---\ntitle: Gone\nowner: Library\nnext-review: 2099-01-01\n---\n\nWe answer calls within 20 seconds. {#calls}\n' \
  >"$work/stale/charters/gone.md"
printf -- '---\ntitle: Da\n---\n\nNous répondons aux lettres dans un délai de 5 jours. {#letters}\n' >"$work/stale/charters/good.fr.md"
"$charterc" build "$work/stale" 2>/dev/null
check "the document to delete was published" test -s "$work/stale/out/en/gone.html"
check "the language to drop was published" test -s "$work/stale/out/fr/good.html"
printf 'mine\n' >"$work/stale/out/en/not-charterc.html"
rm "$work/stale/charters/gone.md" "$work/stale/charters/good.fr.md"
"$charterc" build "$work/stale" 2>/dev/null
check "a deleted document's outputs are removed" test -z "$(ls "$work/stale/out/en" | grep '^gone\.')"
check "a dropped language's outputs are removed" test -z "$(find "$work/stale/out/fr" -type f 2>/dev/null)"
check "a file charterc did not record stays" test -s "$work/stale/out/en/not-charterc.html"

# --- Links in and to the output folder --------------------------------------

# A project whose out is a link to another site (committed, or unpacked from
# an archive): a plain build neither writes there nor removes that site's
# pages; only a folder named with -o is written through a link.
new_project "$work/victim"
"$charterc" build "$work/victim" -o "$work/victim-site" 2>/dev/null
new_project "$work/hostile"
mv "$work/hostile/charters/good.md" "$work/hostile/charters/other.md"
ln -s "$work/victim-site" "$work/hostile/out"
build_in "$work/hostile" 2>"$work/hostile.txt"
check "a linked out is E1408 (exit 2)" test $? = 2
check "E1408 says the project's out is a link" \
  grep -qF "out: error[E1408]: the project's output folder is a symbolic link (to '$work/victim-site')" "$work/hostile.txt"
check "the other site keeps its page" test -s "$work/victim-site/en/good.html"
check "nothing of the project is written there" test ! -e "$work/victim-site/en/other.html"
(cd "$work/hostile" && "$charterc" clean . 2>"$work/hostile-clean.txt")
check "clean refuses a linked out too" test $? = 2
check "and removes nothing there" test -s "$work/victim-site/en/good.html" -a -f "$work/victim-site/.charterc/state"

# out/.charterc linked to another site's: clean removes nothing through it.
new_project "$work/cl"
"$charterc" build "$work/cl" 2>/dev/null
rm -r "$work/cl/out/.charterc"
ln -s "$work/victim-site/.charterc" "$work/cl/out/.charterc"
"$charterc" clean "$work/cl" 2>/dev/null
check "clean removes nothing through a linked .charterc" \
  test -f "$work/victim-site/.charterc/state" -a -f "$work/victim-site/.charterc/owner"

# A link put into out/ in place of an output is never read back: a withheld
# document's book chapter comes from its last good EPUB, and a link there
# to another book must not bring that book's text into documents.epub.
new_project "$work/secret-book"
printf -- '---\ntitle: Other\nowner: Library\nnext-review: 2099-01-01\n---\n\nSECRET-BOOK-TEXT within 5 days. {#x}\n' \
  >"$work/secret-book/charters/other.md"
"$charterc" build "$work/secret-book" --format epub 2>/dev/null
new_project "$work/kept"
printf -- '---\ntitle: Other\nowner: Library\nnext-review: 2099-01-01\n---\n\nWe answer calls within 20 seconds. {#calls}\n' \
  >"$work/kept/charters/other.md"
"$charterc" build "$work/kept" --format epub 2>/dev/null
check "the book to replace was written" test -s "$work/kept/out/en/other.epub"
rm "$work/kept/out/en/other.epub"
ln -s "$work/secret-book/out/en/other.epub" "$work/kept/out/en/other.epub"
printf '\nWe answer within {{ no.such-fact }}. {#broken}\n' >>"$work/kept/charters/other.md"
"$charterc" build "$work/kept" --format epub 2>"$work/kept.txt"
check "the edited document is withheld" grep -q "error\[E0501\]" "$work/kept.txt"
check "documents.epub is written" test -s "$work/kept/out/en/documents.epub"
check "the linked book's text is not in documents.epub" \
  test -z "$(unzip -p "$work/kept/out/en/documents.epub" 2>/dev/null | grep -a SECRET-BOOK-TEXT)"

# --- Killed runs -----------------------------------------------------------

# Temporary files a killed run left are removed by the next build, even
# one with nothing else to do; files that only look alike stay.
new_project "$work/tmp"
"$charterc" build "$work/tmp" 2>/dev/null
printf 'half' >"$work/tmp/out/en/good.html.tmp4242"
printf 'half' >"$work/tmp/out/index.html.tmp1"
printf 'theirs' >"$work/tmp/out/en/notes.tmp"
"$charterc" build "$work/tmp" 2>"$work/tmp.txt"
check "the second build had nothing else to do" grep -q "nothing to do" "$work/tmp.txt"
check "temporary files of a killed run are removed" test -z "$(find "$work/tmp/out" -name '*.tmp[0-9]*')"
check "a file that only looks like one stays" test -f "$work/tmp/out/en/notes.tmp"

finish
