#!/usr/bin/env bash
# Images in builds: a local image is copied to out/images/<name>-<XXH3>.<ext>
# with the same bytes and shown by the pages, fragments and books that name
# it; editing the image makes exactly those outputs again (explain names
# the image), writes the copy under its new name and removes the old one;
# a build with nothing changed writes nothing; the print page embeds the
# image as a data: address.
# Usage: images.sh CHARTERC
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23: fixed "today"
export CHARTERC_CHROMIUM=/nonexistent/chromium  # no PDFs: this test is about the other outputs
charterc=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$(realpath "$0")")/check.sh"

p=$work/p
mkdir -p "$p/charters/images"
echo 'base-url: https://library.example.org/charters/' >"$p/charterc.yaml"
cat >"$p/charters/welcome.md" <<'MD'
---
title: Welcome
type: policy
---

![Library logo: an open book](images/logo.png)

Welcome to the library.
MD
cat >"$p/charters/rules.md" <<'MD'
---
title: Rules
type: policy
---

Please keep quiet in the reading rooms.
MD
# A 1x1 PNG of the colour $1 ("r,g,b").
png() {
  python3 - "$1" <<'PY'
import struct, sys, zlib
r, g, b = (int(v) for v in sys.argv[1].split(","))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
sys.stdout.buffer.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
                        + chunk(b"IDAT", zlib.compress(bytes([0, r, g, b]))) + chunk(b"IEND", b""))
PY
}
png 20,60,120 >"$p/charters/images/logo.png"
build() { (cd "$p" && "$charterc" build . --format html,txt,epub "$@"); }
made() { grep -c "^charterc: making $1" "$2"; }

build >/dev/null 2>"$work/first.txt"
check "the first build is clean" grep -q "^0 errors, 0 warnings" "$work/first.txt"
copies=("$p"/out/images/logo-*.png)
check "one copy of the logo" test "${#copies[@]}" = 1
check "the copy has the image's bytes" cmp -s "${copies[0]}" "$p/charters/images/logo.png"
name=$(basename "${copies[0]}")
# The name is the XXH3 of the bytes, 16 hex digits (as the build state writes hashes).
check "the copy is named by a 16-digit hash" bash -c "[[ '$name' =~ ^logo-[0-9a-f]{16}\.png$ ]]"
if command -v xxhsum >/dev/null; then
  check "the hash is the XXH3 of the bytes" test "logo-$(xxhsum -H3 "$p/charters/images/logo.png" | sed 's/.*= //; s/ .*//').png" = "$name"
fi
check "the page shows it with its alt text" \
  grep -q "<img src=\"../images/$name\" alt=\"Library logo: an open book\" loading=\"lazy\">" "$p/out/en/welcome.html"
check "the fragment points at it on the site (base-url)" grep -q "src=\"https://library.example.org/charters/images/$name\"" "$p/out/fragments/en/welcome.html"
check "the text edition shows the alt text" grep -q "^\[Library logo: an open book\]$" "$p/out/en/welcome.txt"
check "the book carries it" bash -c "unzip -l '$p/out/en/welcome.epub' | grep -q 'EPUB/images/$name'"
check "the book's package lists it as a PNG" \
  bash -c "unzip -p '$p/out/en/welcome.epub' EPUB/package.opf | grep -q 'href=\"images/$name\" media-type=\"image/png\"'"
check "the manifest lists it as an image" grep -q "\"path\": \"images/$name\"" "$p/out/manifest.json"

build >/dev/null 2>"$work/noop.txt"
check "nothing changed: nothing to do" grep -q "^nothing to do" "$work/noop.txt"

png 200,40,40 >"$p/charters/images/logo.png"  # another colour
build --explain >/dev/null 2>"$work/edit.txt"
check "the page showing it is made again, for the image" \
  grep -q "^charterc: making en/welcome.html: changed: .*image charters/images/logo.png" "$work/edit.txt"
check "its text and book too" test "$(made 'en/welcome\.\(txt\|epub\)' "$work/edit.txt")" = 2
check "a page without it is not made again" test "$(made 'en/rules' "$work/edit.txt")" = 0
new=("$p"/out/images/logo-*.png)
check "the old copy is gone and the new one is there" test "${#new[@]}" = 1 -a "$(basename "${new[0]}")" != "$name"
check "the page shows the new copy" grep -q "src=\"../images/$(basename "${new[0]}")\"" "$p/out/en/welcome.html"

# A document that loses its image for an error keeps its last good page,
# and with it the copy that page shows.
kept=$(basename "${new[0]}")
cat >>"$p/charters/welcome.md" <<'MD'

![](images/logo.png)
MD
build >/dev/null 2>"$work/broken.txt"
check "an image without alt text is an error" grep -q "^charters/welcome.md:10:1: error\[E1201\]" "$work/broken.txt"
check "the kept page still has its image" test -f "$p/out/images/$kept"
# The kept page is still on the site: the sitemap and the manifest agree.
check "the sitemap lists the kept page" grep -q "<loc>https://library.example.org/charters/en/welcome.html</loc>" "$p/out/sitemap.xml"
check "the manifest lists the kept page" grep -q '"path": "en/welcome.html"' "$p/out/manifest.json"
check "the manifest lists the kept page's image" grep -q "\"path\": \"images/$kept\"" "$p/out/manifest.json"

# Photos are larger than logos: up to images: max-kib (10240 KiB by default)
# an image is published whatever its size; past it, E1205 says so, before
# the file is read (a 3 GiB file is not read into memory).
q=$work/q
mkdir -p "$q/charters/images"
cat >"$q/charters/photo.md" <<'MD'
---
title: Our building
type: policy
---

![The reading room, seen from the gallery](images/room.png)
MD
python3 - "$q/charters/images/room.png" <<'PY'
import struct, sys, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
side = 700  # stored uncompressed: about 1.4 MiB
rows = b"".join(b"\0" + bytes([40, 90, 140]) * side for _ in range(side))
sys.stdout = open(sys.argv[1], "wb")
sys.stdout.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
                 + chunk(b"IDAT", zlib.compress(rows, 0)) + chunk(b"IEND", b""))
PY
(cd "$q" && "$charterc" build . --format html) >/dev/null 2>"$work/photo.txt"
check "a 1.4 MiB photo is published" grep -q "^0 errors, 0 warnings" "$work/photo.txt"
photo=("$q"/out/images/room-*.png)
check "with its bytes" cmp -s "${photo[0]}" "$q/charters/images/room.png"
printf 'images:\n  max-kib: 1024\n' >"$q/charterc.yaml"
(cd "$q" && "$charterc" build . --format html) >/dev/null 2>"$work/photo-limit.txt"
check "past max-kib it is E1205 at the image" \
  grep -q "^charters/photo.md:6:1: error\[E1205\]: image file charters/images/room.png is 1437 KiB, more than the 1024 KiB" \
  "$work/photo-limit.txt"
rm "$q/charterc.yaml"
truncate -s 3G "$q/charters/images/room.png"  # sparse: takes no room on disk
(cd "$q" && "$charterc" build . --format html) >/dev/null 2>"$work/photo-huge.txt"
check "a 3 GiB image is E1205, not read" \
  grep -q "^charters/photo.md:6:1: error\[E1205\]: image file charters/images/room.png is 3145728 KiB, more than the 10240 KiB" \
  "$work/photo-huge.txt"
finish
