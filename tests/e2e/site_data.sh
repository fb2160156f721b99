#!/usr/bin/env bash
# The site's data and embeddable parts, on the sample project:
#  - commitments.csv read back with Python's csv module (a real RFC 4180
#    parser) equals commitments.json, row for row and field for field;
#    CRLF line ends; no byte order mark unless csv-bom: true asks for one;
#  - sitemap.xml: every page absolute, hreflang alternates for each
#    language and x-default, only with a base URL;
#  - manifest.json: every file listed is there, with its size and the
#    content hash the build state recorded for it;
#  - pages link the formats the build made, with their sizes, and carry a
#    description, Open Graph tags, a canonical URL and JSON-LD;
#  - fragments: no <html>, <head> or <script>, lang and dir on the root,
#    every class and id under the prefix (also a configured one), links
#    rooted at path-prefix without a base URL; every selector of the
#    fragment stylesheet under the root class.
# Usage: site_data.sh CHARTERC REPO_ROOT
set -uo pipefail
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795392000}  # 2026-11-23
charterc=$(realpath "$1")
root=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

mkdir -p "$work/sample" "$work/prefixed"
cp -r "$root/charters" "$root/charterc.yaml" "$work/sample/"
"$charterc" build "$work/sample" -o "$work/out" --format html,txt,epub,json -q || fail "sample build"
# The same project served from a folder of a site without a known host,
# with its own fragment prefix and a byte order mark for spreadsheets.
cp -r "$root/charters" "$work/prefixed/"
grep -v '^base-url:' "$root/charterc.yaml" >"$work/prefixed/charterc.yaml"
printf 'path-prefix: /web/charters\nfragment-prefix: lib\ncsv-bom: true\n' >>"$work/prefixed/charterc.yaml"
# Values a spreadsheet would run as formulas: written with an apostrophe.
cat >"$work/prefixed/charters/phone-line.md" <<'MD'
---
title: Phone line
owner: Library Services
next-review: 2027-09-01
---

## Calls

- @Library chat messages are answered within 2 minutes. {#plus refs="cse:4.2.1"}
- =HYPERLINK("http://example.invalid") calls are answered within 5 minutes. {#equals refs="cse:4.2.1"}
MD
"$charterc" build "$work/prefixed" -o "$work/prefixed-out" --format html,json -q || fail "prefixed build"
[ -f "$work/prefixed-out/sitemap.xml" ] && fail "a sitemap without a base URL"
# A setting that cannot be used is an error at its line.
printf 'fragment-prefix: "2 bad"\npath-prefix: "/a?b"\ncsv-bom: maybe\n' >"$work/bad.yaml"
mkdir -p "$work/bad/charters" && cp "$work/bad.yaml" "$work/bad/charterc.yaml"
cp "$root/charters/lending-policy.md" "$work/bad/charters/"
"$charterc" check "$work/bad" -q 2>"$work/bad.txt"
for line in 1 2 3; do
  grep -q "charterc.yaml:$line:[0-9]*: error\[E0701\]" "$work/bad.txt" || fail "no E0701 at charterc.yaml:$line: $(cat "$work/bad.txt")"
done

# Incremental: a page links what this build makes, so asking for another
# format makes the pages again; a no-op build rewrites neither the pages
# nor the manifest.
"$charterc" build "$work/sample" -o "$work/inc" --format html -q
grep -q 'charter.txt' "$work/inc/en-GB/charter.html" && fail "an HTML-only build links a text edition"
"$charterc" build "$work/sample" -o "$work/inc" --format html,txt -q
grep -q 'href="charter.txt" type="text/plain"' "$work/inc/en-GB/charter.html" || fail "adding txt did not remake the page"
grep -q '"path": "en-GB/charter.txt"' "$work/inc/manifest.json" || fail "adding txt did not remake the manifest"
sleep 1.1
before=$(cd "$work/inc" && find . -type f -printf '%p %T@\n' | sort)
"$charterc" build "$work/sample" -o "$work/inc" --format html,txt -q
after=$(cd "$work/inc" && find . -type f -printf '%p %T@\n' | sort)
[ "$before" = "$after" ] || fail "a no-op build wrote files: $(diff <(echo "$before") <(echo "$after") | head -5)"

python=/usr/bin/python3
[ -x "$python" ] || python=python3
"$python" - "$work/out" "$work/prefixed-out" <<'PY' || status=1
import csv, io, json, os, re, sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

out, prefixed = sys.argv[1], sys.argv[2]
failed = 0
def problem(text):
    global failed
    failed += 1
    print("FAIL:", text)

# --- commitments.csv against commitments.json -------------------------
def read_csv(folder):
    raw = open(os.path.join(folder, "commitments.csv"), "rb").read()
    return raw, list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))

def check_csv(folder, bom):
    raw, rows = read_csv(folder)
    if raw.startswith(b"\xef\xbb\xbf") != bom:
        problem(f"{folder}: byte order mark {'missing' if bom else 'not asked for'}")
    # Outside quoted fields, every line ends with CRLF (RFC 4180).
    quoted, previous = False, b""
    for i in range(len(raw)):
        byte = raw[i:i + 1]
        if byte == b'"':
            quoted = not quoted
        elif byte == b"\n" and not quoted and previous != b"\r":
            problem(f"{folder}: a record ends with a bare LF at byte {i}")
            break
        previous = byte
    if not raw.endswith(b"\r\n"):
        problem(f"{folder}: the last record has no CRLF")
    data = json.load(open(os.path.join(folder, "commitments.json")))
    published = {d["name"]: d["published"] for d in data["documents"]}
    if len(rows) != len(data["commitments"]):
        problem(f"{folder}: {len(rows)} CSV rows, {len(data['commitments'])} commitments in JSON")
    def text(value):
        return "" if value is None else value
    def safe(value):  # what a spreadsheet would run as a formula gets an apostrophe
        return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
    for row, c in zip(rows, data["commitments"]):
        expected = {
            "document": c["document"], "lang": c["lang"], "id": c["id"], "url": c["url"],
            "section": text(c["section"]), "text": c["text"], "lead_in": text(c["lead_in"]),
            "translated": "true" if c["translated"] else "false", "verdict": text(c["verdict"]),
            "measure": text(c["measure"]), "missing": "; ".join(c["missing"] or []),
            "explicit_target": text(c["explicit_target"]), "dimension": text(c["dimension"]),
            "refs": " ".join(r["text"] for r in c["refs"]), "source_file": c["source"]["file"],
            "source_line": str(c["source"]["line"]),
            "translation_file": c["translation"]["file"] if c["translation"] else "",
            "published": published[c["document"]],
        }
        expected = {k: safe(v) for k, v in expected.items()}
        if row != expected:
            diff = {k: (row.get(k), v) for k, v in expected.items() if row.get(k) != v}
            problem(f"{folder}: CSV row {c['lang']}/{c['document']}#{c['id']} differs: {diff}")
    return rows

rows = check_csv(out, bom=False)
prefixed_rows = check_csv(prefixed, bom=True)
# Labelled by hand: the two formula-like texts, as a spreadsheet must see them.
texts = {r["id"]: r["text"] for r in prefixed_rows if r["document"] == "phone-line"}
if texts.get("plus") != "'@Library chat messages are answered within 2 minutes.":
    problem(f"the '@Library' text is not written as text: {texts.get('plus')!r}")
if not texts.get("equals", "").startswith("'=HYPERLINK("):
    problem(f"the '=HYPERLINK' text is not written as text: {texts.get('equals')!r}")
# Fields that need quoting are in the sample (commas in promises).
if not any("," in r["text"] for r in rows):
    problem("no commitment text with a comma: the quoting is not exercised")

# --- sitemap.xml ---------------------------------------------------------
ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
base = "https://library.northfield.example.ac.uk/charters/"
tree = ET.parse(os.path.join(out, "sitemap.xml"))
locs = {}
for url in tree.getroot().findall("s:url", ns):
    loc = url.find("s:loc", ns).text
    if not loc.startswith(base) or not os.path.isfile(os.path.join(out, loc[len(base):])):
        problem(f"sitemap: {loc} is not a page of the build")
    locs[loc] = {l.get("hreflang"): l.get("href") for l in url.findall("x:link", ns)}
charter = locs.get(base + "en-GB/charter.html")
if charter is None:
    problem("sitemap: no English charter")
elif charter != {"en-GB": base + "en-GB/charter.html", "cy": base + "cy/charter.html",
                 "x-default": base + "en-GB/charter.html"}:
    problem(f"sitemap: the charter's alternates are {charter}")
if locs.get(base + "cy/charter.html") != charter:
    problem("sitemap: the Welsh charter does not list the same alternates")

# --- manifest.json -------------------------------------------------------
manifest = json.load(open(os.path.join(out, "manifest.json")))
state = open(os.path.join(out, ".charterc", "state"), encoding="utf-8").read()
listed = [f for d in manifest["documents"] for e in d["editions"] for f in e["files"]] + manifest["files"]
for f in listed:
    path = os.path.join(out, f["path"])
    if not os.path.isfile(path) or os.path.getsize(path) != f["bytes"]:
        problem(f"manifest: {f['path']} missing or not {f['bytes']} bytes")
    if f["url"] != base + f["path"]:
        problem(f"manifest: {f['path']} has url {f['url']}")
    # The build state records each output's hash in the same hex form.
    if not re.search(r"^output\t" + f["xxh3"] + r"\t[0-9a-f]+\t" + re.escape(f["path"]) + "$", state, re.M):
        problem(f"manifest: {f['path']}: hash {f['xxh3']} is not the one the build state recorded")
paths = {f["path"] for f in listed}
for expected in ("en-GB/charter.html", "en-GB/charter.txt", "en-GB/charter.epub", "fragments/cy/charter.html",
                 "ar/care-statement.html", "index.html", "commitments.csv", "sitemap.xml",
                 "fragments/charterc-fragment.css"):
    if expected not in paths:
        problem(f"manifest: {expected} not listed")
if any(p.startswith(("report/", "evidence/")) for p in paths):
    problem("manifest lists an internal output")
charter_doc = [d for d in manifest["documents"] if d["name"] == "charter"][0]
if charter_doc["reviewed"] != "2026-09-01" or [e["lang"] for e in charter_doc["editions"]] != ["en-GB", "cy"]:
    problem(f"manifest: charter is {charter_doc}")

# --- pages: other formats and metadata ------------------------------------
class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.jsonld, self.anchors, self.elements = {}, [], [], [], []
        self._in_jsonld = False
        self._anchor = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a))
        if tag == "meta":
            self.meta.setdefault(a.get("property") or a.get("name"), []).append(a.get("content"))
        if tag == "link":
            self.links.append(a)
        if tag == "script":
            self._in_jsonld = a.get("type") == "application/ld+json"
            self.jsonld.append("")
        if tag == "a":
            self._anchor = [a, ""]
    def handle_endtag(self, tag):
        if tag == "script":
            self._in_jsonld = False
        if tag == "a" and self._anchor:
            self.anchors.append(tuple(self._anchor))
            self._anchor = None
    def handle_data(self, data):
        if self._in_jsonld:
            self.jsonld[-1] += data
        if self._anchor:
            self._anchor[1] += data

def parse(path):
    page = Page()
    page.feed(open(path, encoding="utf-8").read())
    return page

page = parse(os.path.join(out, "en-GB", "charter.html"))
formats = {a.get("href"): text for a, text in page.anchors if a.get("type")}
for name, label in (("charter.epub", "EPUB"), ("charter.txt", "Plain text")):
    size = os.path.getsize(os.path.join(out, "en-GB", name))
    kb = max(1, round(size / 1000))
    if name not in formats or label not in formats[name] or f"{kb} kB" not in formats[name]:
        problem(f"en-GB/charter.html: link to {name} ({size} bytes) reads {formats.get(name)!r}")
if any(h.endswith(".pdf") for h in formats):
    problem("en-GB/charter.html links a PDF the build did not make")
welsh = parse(os.path.join(out, "cy", "charter.html"))
if not any("Testun plaen" in text for a, text in welsh.anchors if a.get("type") == "text/plain"):
    problem("cy/charter.html: the text edition's link is not in Welsh")
meta = page.meta
for key in ("description", "og:title", "og:description", "og:locale", "og:url", "og:site_name", "og:type"):
    if not meta.get(key) or not meta[key][0]:
        problem(f"en-GB/charter.html: no {key}")
if meta.get("og:locale") != ["en_GB"] or meta.get("og:locale:alternate") != ["cy"]:
    problem(f"en-GB/charter.html: og:locale {meta.get('og:locale')} alternate {meta.get('og:locale:alternate')}")
if not meta.get("description", [""])[0].startswith("What every student"):
    problem(f"en-GB/charter.html: description {meta.get('description')}")
canonical = [l["href"] for l in page.links if l.get("rel") == "canonical"]
if canonical != [base + "en-GB/charter.html"]:
    problem(f"en-GB/charter.html: canonical {canonical}")
ld = [json.loads(text) for text in page.jsonld if text.strip()]
if len(ld) != 1 or ld[0].get("@type") != "WebPage" or ld[0].get("lastReviewed") != "2026-09-01" \
        or ld[0].get("inLanguage") != "en-GB" or ld[0].get("url") != base + "en-GB/charter.html":
    problem(f"en-GB/charter.html: JSON-LD {ld}")
cy_ld = [json.loads(text) for text in welsh.jsonld if text.strip()]
if not cy_ld or cy_ld[0].get("translationOfWork", {}).get("@id") != base + "en-GB/charter.html":
    problem(f"cy/charter.html: JSON-LD does not name its source: {cy_ld}")
for label in ("Last reviewed", "Next review"):
    if label not in open(os.path.join(out, "en-GB", "charter.html"), encoding="utf-8").read():
        problem(f"en-GB/charter.html does not show '{label}'")

# --- fragments -------------------------------------------------------------
def check_fragment(path, prefix, lang, direction, link_start):
    text = open(path, encoding="utf-8").read()
    for tag in ("<html", "<head", "<body", "<script", "<!DOCTYPE"):
        if tag.lower() in text.lower():
            problem(f"{path}: holds {tag}")
    frag = parse(path)
    tag, attrs = frag.elements[0]
    if tag != "article" or attrs.get("lang") != lang or attrs.get("dir") != direction \
            or attrs.get("class") != prefix + "-fragment":
        problem(f"{path}: root is <{tag} {attrs}>")
    for tag, attrs in frag.elements:
        for token in (attrs.get("class") or "").split() + ([attrs["id"]] if "id" in attrs else []):
            if not token.startswith(prefix + "-"):
                problem(f"{path}: <{tag}> has class or id {token!r}")
        for name in ("aria-labelledby", "aria-describedby", "for", "headers"):
            for token in (attrs.get(name) or "").split():
                if not token.startswith(prefix + "-"):
                    problem(f"{path}: <{tag} {name}={token!r}>")
        href = attrs.get("href")
        if tag == "a" and href:
            if href.startswith("#") and not href.startswith("#" + prefix + "-"):
                problem(f"{path}: anchor {href} not renamed")
            if not href.startswith(("#", "mailto:", "tel:", "http:", "https:")) and not href.startswith(link_start):
                problem(f"{path}: link {href} would break inside a host page")
    return text

check_fragment(os.path.join(out, "fragments", "en-GB", "charter.html"), "charterc", "en-GB", "ltr", base)
check_fragment(os.path.join(out, "fragments", "ar", "care-statement.html"), "charterc", "ar", "rtl", base)
prefixed_fragment = check_fragment(os.path.join(prefixed, "fragments", "en-GB", "charter.html"), "lib", "en-GB",
                                   "ltr", "/web/charters/")
if "/web/charters/en-GB/standards.html" not in prefixed_fragment:
    problem("the prefixed fragment does not link the standards page under /web/charters/")
prefixed_data = json.load(open(os.path.join(prefixed, "commitments.json")))
if not all(c["url"].startswith("/web/charters/" + c["lang"] + "/") for c in prefixed_data["commitments"]):
    problem("with path-prefix and no base-url, commitments' URLs are not rooted at it")

def check_stylesheet(path, prefix):
    css = re.sub(r"/\*.*?\*/", "", open(path, encoding="utf-8").read(), flags=re.S)
    selectors = 0
    # Every selector list is the text before a "{" that is not an at-rule.
    for match in re.finditer(r"([^{}]+)\{", css):
        head = match.group(1).strip()
        if head.startswith("@"):
            continue
        for selector in head.split(","):
            selectors += 1
            if not selector.strip().startswith("." + prefix + "-fragment"):
                problem(f"{path}: selector {selector.strip()!r} is not under .{prefix}-fragment")
    if re.search(r"(?<![\w-])--(?!" + re.escape(prefix) + r"-)[\w-]+\s*:", css):
        problem(f"{path}: a custom property without the prefix")
    if selectors < 30:
        problem(f"{path}: only {selectors} selectors")

check_stylesheet(os.path.join(out, "fragments", "charterc-fragment.css"), "charterc")

# The fragment's colours are the theme's, whose contrast e2e/theme-contrast
# checks: screen and prefers-contrast: more alike.
def colour_blocks(css, opener):
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    blocks = []
    for match in re.finditer(opener, css):
        body = css[match.end():css.index("}", match.end())]
        blocks.append(dict(re.findall(r"--(?:charterc-)?([a-z-]+)\s*:\s*(#[0-9a-fA-F]{3,6})", body)))
    return blocks
theme = open(os.path.join(out, "charterc.css"), encoding="utf-8").read()
fragment_css = open(os.path.join(out, "fragments", "charterc-fragment.css"), encoding="utf-8").read()
theme_screen, theme_more = colour_blocks(theme, r"(?m)^:root\s*\{")[0], colour_blocks(theme, r"prefers-contrast:\s*more\)\s*\{\s*:root\s*\{")[0]
fragment_blocks = colour_blocks(fragment_css, r"\.charterc-fragment\s*\{")
if len(fragment_blocks) != 2:
    problem(f"fragment stylesheet: {len(fragment_blocks)} colour blocks, expected screen and more contrast")
else:
    for name, (fragment, theme_block) in {"screen": (fragment_blocks[0], theme_screen),
                                           "more contrast": (fragment_blocks[1], theme_more)}.items():
        for key, value in fragment.items():
            if theme_block.get(key, "").lower() != value.lower():
                problem(f"fragment stylesheet ({name}): --charterc-{key} {value} is not the theme's {theme_block.get(key)}")
check_stylesheet(os.path.join(prefixed, "fragments", "charterc-fragment.css"), "lib")
print(f"site data: {len(rows)} CSV rows, {len(locs)} sitemap URLs, {len(listed)} manifest files, {failed} problems")
sys.exit(1 if failed else 0)
PY
exit $status
