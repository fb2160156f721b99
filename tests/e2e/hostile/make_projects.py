"""Writes the projects of e2e/hostile-content: every payload of payloads.py
through every input channel charterc reads.

Usage: make_projects.py WORK_DIR SERVER_URL
Writes WORK_DIR/main (the big project) and WORK_DIR/base-K (one per
base-url payload), and WORK_DIR/payloads.json: number -> payload text.
Translations (PO, XLIFF) are filled in later by fill_translations.py, after
charterc exported their templates (keep only translated.po/.xlf).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import payloads  # noqa: E402

work, url = sys.argv[1], sys.argv[2]
numbered = {}


def take(kind, template):
    n = len(numbered) + 1
    text = template.replace("{n}", str(n)).replace("{url}", url)
    numbered[n] = {"kind": kind, "text": text}
    return text


text = [take("text", t) for t in payloads.TEXT]
href = [take("href", t) for t in payloads.HREF]
css = [take("css", t) for t in payloads.CSS]
ui = [take("ui", t) for t in payloads.UI]
names = [take("name", t) for t in payloads.NAME]
bases = [take("base", t) for t in payloads.BASE]


def q(value):
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def write(path, content):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(content)


def front(title, summary, owner, extra=""):
    return (f"---\ntitle: {q(title)}\ntype: policy\nowner: {q(owner)}\nreviewed: 2026-09-01\n"
            f"next-review: 2099-01-01\nsummary: {q(summary)}\n{extra}---\n\n")


def md_link_target(address):
    # Markdown link destinations: written as they are unless they hold a
    # space or parentheses, then in <...> (what an author would do).
    if any(c in address for c in " ()<>") and not address.startswith("<"):
        return "<" + address.replace("<", "\\<").replace(">", "\\>") + ">"
    return address


def leaves_project(h):
    """A file path or file: URL, which charterc refuses as an error (E1405)."""
    path = h.replace("\\", "/")
    return path.lower().startswith("file:") or (path.startswith("/") and not path.startswith("//"))


def channels_body():
    lines = ["Every paragraph, heading, list item, table cell, link and link title below holds a payload.", ""]
    for i, t in enumerate(text):
        lines += [f"## Heading {i}: {t}", "", f"Paragraph {i}: {t}", ""]
        lines += [f"- Item {i}: {t}", "", f"> Quote {i}: {t}", ""]
        lines += [f"*Emphasis {i}: {t}* and **strong {i}: {t}**", ""]
        lines += [f"[Link text {i}: {t}](https://example.org/{i} {q(t)})", ""]
    lines += ["| Cell | Payload |", "|---|---|"]
    for i, t in enumerate(text):
        lines.append(f"| {i} | {t.replace('|', '&#124;')} |")
    lines.append("")
    for i, h in enumerate(href):
        if leaves_project(h):
            continue  # an error (E1404/E1405): in paths.md, so this page is still published
        lines += [f"Address {i}: [follow {i}]({md_link_target(h)}) and <{h}> and [ref {i}][r{i}].", ""]
        lines += [f"[r{i}]: {md_link_target(h)}", ""]
    for name in names:
        lines += [f"See [{name}](<{name.replace('<', '%3C').replace('>', '%3E')}.md>).", ""]
    lines += ["We reply within {{ days }}.", ""]
    return "\n".join(lines)


def main_project():
    root = os.path.join(work, "main")
    write(os.path.join(root, "charterc.yaml"),
          f"title: {q(text[0])}\nsource-lang: en\nbase-url: {q(bases[0])}\nlanguages: [cy, de, it]\n")
    write(os.path.join(root, "charters", "facts.yaml"),
          f"days: {{value: 2, unit: working-day, label: {q(text[1])}}}\n")
    write(os.path.join(root, "charters", "channels.md"),
          front(text[2], text[3], text[4], f"contact: {q('help@example.org')}\n") + channels_body())
    # Titles, summaries and owners: every payload is one of the three of
    # some document (20 documents keep the PDF part of the build short).
    third = (len(text) + 2) // 3
    for i in range(third):
        body = f"Paragraph of document {i}.\n\n[Back](channels.md)\n"
        title, summary, owner = (text[(i + k * third) % len(text)] for k in range(3))
        write(os.path.join(root, "charters", f"meta-{i}.md"), front(title, summary, owner) + body)
    # The print page's stylesheet: a title in a CSS string.
    for i, c in enumerate(css):
        write(os.path.join(root, "charters", f"print-{i}.md"), front(c, c, c) + f"Printed document {i}.\n")
    # File names.
    for i, name in enumerate(names):
        write(os.path.join(root, "charters", name + ".md"),
              front(f"Named document {i}", "A document with a hostile file name.", "Library") +
              "Named.\n\n[Back to channels](channels.md)\n")
    # Links to files outside the project are errors: their document is
    # withheld, and nothing of it may be published.
    outside = "".join(f"Address {i}: [follow {i}]({md_link_target(h)}).\n\n"
                      for i, h in enumerate(href) if leaves_project(h))
    write(os.path.join(root, "charters", "paths.md"), front("Paths", "Paths", "Library") + outside)
    # Ids and attribute values (errors: the document is withheld, nothing of it published).
    ids = "".join(f"- Item {i}. {{#{t.replace('}', '').replace('{', '')}}}\n" for i, t in enumerate(text[:10]))
    write(os.path.join(root, "charters", "ids.md"), front("Ids", "Ids", "Library") + ids)
    # Translations: a source with one paragraph per payload; Welsh as
    # Markdown, German as PO, Italian as XLIFF (fill_translations.py). A
    # translation states the source's numbers, so each one is its source's
    # payload with a prefix (charterc checks numbers, not words).
    source = "".join(f"En: {t}\n\n" for t in text)
    write(os.path.join(root, "charters", "translated.md"), front(text[5], text[6], text[8]) + source)
    cy = "".join(f"Cy: {t}\n\n" for t in text)
    write(os.path.join(root, "charters", "translated.cy.md"),
          f"---\ntitle: {q('Cy: ' + text[5])}\nsummary: {q('Cy: ' + text[6])}\nowner: {q('Cy: ' + text[8])}\nlang: cy\n---\n\n" + cy)


def ui_strings(root):
    # One language's page counter each; the other keys in Welsh.
    for lang, counter in zip(["cy", "de", "it"], ui[:3]):
        extra = f"skip-to-content: {q(ui[3])}\ncontents: {q(ui[4])}\n" if lang == "cy" else ""
        write(os.path.join(root, "locales", lang, "ui.yaml"), f"page-x-of-y: {q(counter)}\n" + extra)


def base_projects():
    for k, base in enumerate(bases):
        root = os.path.join(work, f"base-{k}")
        write(os.path.join(root, "charterc.yaml"), f"title: Base {k}\nsource-lang: en\nbase-url: {q(base)}\n")
        write(os.path.join(root, "charters", "one.md"), front("One", "One", "Library") + "See [two](two.md#x).\n")
        write(os.path.join(root, "charters", "two.md"), front("Two", "Two", "Library") + "Back to [one](one.md).\n")


main_project()
ui_strings(os.path.join(work, "main"))
base_projects()
with open(os.path.join(work, "payloads.json"), "w", encoding="utf-8") as f:
    json.dump({"text": text, "numbered": numbered}, f, ensure_ascii=False, indent=1)
print(f"{len(numbered)} payloads")
