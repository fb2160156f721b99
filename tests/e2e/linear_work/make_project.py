#!/usr/bin/env python3
"""Writes a one-document project of about SIZE bytes in one SHAPE.
Usage: make_project.py SHAPE SIZE DIR
Shapes (issue 17: analysis must be linear whatever the input looks like):
  paragraph    one list item of one long paragraph, many sentences
  blocks       many commitments, each with an attribute block
  numbers      many paragraphs full of numbers and phone-like digits
  misplaced    many lines with a misplaced block (E0301 each, cut)
  translation  many commitments and a PO translation of every one
  results      one standard and a results CSV of many months for it
"""
import os
import sys

FRONT = "---\ntitle: Linear\ntype: policy\nowner: Team\nnext-review: 2027-09-01\n---\n"


def lines_up_to(size, line_of):
    lines, total, i = [], 0, 0
    while total < size:
        line = line_of(i)
        lines.append(line)
        total += len(line.encode("utf-8")) + 1
        i += 1
    return lines


def main():
    shape, size, root = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.makedirs(os.path.join(root, "charters"), exist_ok=True)
    config = "title: Linear\nsource-lang: en\n"
    front = FRONT
    if shape == "paragraph":
        piece = "We answer 90% of calls within 20 seconds, measured each month. "
        body = ["- " + piece * max(1, size // len(piece)) + "{#long}"]
    elif shape == "blocks":
        body = lines_up_to(size, lambda i: f'- We answer letter {i} within 5 days. {{#c{i} internal="note {i}"}}')
    elif shape == "numbers":
        body = lines_up_to(size, lambda i: f"Call 0113 496 {i % 10000:04d} or 0800 {i % 1000:03d} 123 between 9 and 17, "
                                           f"5 days a week, 52 weeks a year.\n")
    elif shape == "misplaced":
        body = lines_up_to(size, lambda i: f'- We answer letter {i} {{#c{i} internal="note {i}"}} within 5 days.')
    elif shape == "translation":
        body = lines_up_to(size // 2, lambda i: f"- We answer letter {i} within 5 days. {{#c{i}}}")
        config += "languages: [fr]\n"
        os.makedirs(os.path.join(root, "locales", "fr"), exist_ok=True)
        with open(os.path.join(root, "locales", "fr", "doc.po"), "w", encoding="utf-8") as po:
            po.write('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n')
            for i in range(len(body)):
                po.write(f'\nmsgctxt "c{i}"\nmsgid "We answer letter {i} within 5 days."\n'
                         f'msgstr "Nous répondons à la lettre {i} en 5 jours."\n')
    elif shape == "results":
        # One month after another from the year 1000, so no row repeats a
        # period and none comes out of order: only reading and checking grow.
        body = ["- We answer 95% of emails within 2 working days, measured each month. {#email}"]
        front = FRONT.replace("type: policy", "type: standards")
        os.makedirs(os.path.join(root, "data"), exist_ok=True)
        rows = ["id,period,value,sample"] + lines_up_to(
            size, lambda i: f"email,{1000 + i // 12}-{i % 12 + 1:02d},{90 + i % 10}%,{400 + i % 50}")
        with open(os.path.join(root, "data", "results.csv"), "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")
    else:
        sys.exit("unknown shape " + shape)
    with open(os.path.join(root, "charterc.yaml"), "w", encoding="utf-8") as f:
        f.write(config)
    with open(os.path.join(root, "charters", "doc.md"), "w", encoding="utf-8") as f:
        f.write(front + "\n".join(body) + "\n")


if __name__ == "__main__":
    main()
