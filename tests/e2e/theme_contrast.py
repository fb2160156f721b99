#!/usr/bin/env python3
"""WCAG 2.2 AA contrast of every colour pair of the default theme, computed
from the stylesheet itself: in each colour set (screen, prefers-contrast:
more, print), text pairs reach 4.5:1 and focus rings and markers 3:1.
The theme keeps every colour in custom properties set in :root blocks, so
the test also fails if a colour is written anywhere else (it would escape
these checks).
Usage: theme_contrast.py THEME_CSS"""
import re
import sys

# (foreground, background, minimum ratio, what it is)
PAIRS = [
    ("text", "background", 4.5, "body text"),
    ("muted", "background", 4.5, "secondary text"),
    ("accent", "background", 4.5, "links"),
    ("accent-visited", "background", 4.5, "visited links"),
    ("text", "panel", 4.5, "text on panels (details, table headers)"),
    ("muted", "panel", 4.5, "secondary text on panels"),
    ("accent", "panel", 4.5, "links on panels"),
    ("accent-visited", "panel", 4.5, "visited links on panels"),
    ("text", "highlight", 4.5, "the commitment a link points at"),
    ("accent", "highlight", 4.5, "links in that commitment"),
    ("muted", "highlight", 4.5, "references in that commitment"),
    ("focus-ring", "background", 3.0, "focus ring"),
    ("focus-ring", "panel", 3.0, "focus ring on panels"),
    ("focus-ring", "focus", 3.0, "focus ring against its halo"),
    ("accent", "background", 3.0, "translation-status bar"),
    ("marker", "background", 3.0, "uncovered-criterion marker"),
]

VARIANTS = {
    "screen": r"^:root\s*\{",
    "more contrast": r"@media\s*\(prefers-contrast:\s*more\)\s*\{\s*:root\s*\{",
    "print": r"@media\s+print\s*\{\s*:root\s*\{",
}


def luminance(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    if len(hex_colour) == 3:
        hex_colour = "".join(c * 2 for c in hex_colour)
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def block_after(css, pattern):
    match = re.search(pattern, css, re.M)
    if not match:
        return None
    return css[match.end():css.index("}", match.end())]


def main():
    css = re.sub(r"/\*.*?\*/", "", open(sys.argv[1], encoding="utf-8").read(), flags=re.S)
    failures = 0
    screen = {}
    blocks = []
    for variant, pattern in VARIANTS.items():
        block = block_after(css, pattern)
        if block is None:
            print(f"FAIL: no :root colour block for {variant}")
            failures += 1
            continue
        blocks.append(block)
        colours = dict(re.findall(r"--([a-z-]+)\s*:\s*(#[0-9a-fA-F]{3,6})\b", block))
        if variant == "screen":
            screen = colours
        merged = {**screen, **colours}  # print and contrast sets override the screen set
        for fg, bg, minimum, what in PAIRS:
            ratio = contrast(merged[fg], merged[bg])
            status = "ok  " if ratio >= minimum else "FAIL"
            failures += ratio < minimum
            print(f"{status} {variant:13} {what:42} {merged[fg]} on {merged[bg]}: {ratio:5.2f}:1 (needs {minimum}:1)")
    rest = css
    for block in blocks:
        rest = rest.replace(block, "")
    stray = re.findall(r"#[0-9a-fA-F]{3,6}\b|\brgba?\(|\bhsla?\(", rest)
    if stray:
        print(f"FAIL: colours outside the :root blocks escape this check: {stray}")
        failures += 1
    print(f"{failures} contrast failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
